import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestAnswer } from '../../../../../electron/shared/venues.types';
import { formatDay } from '../../../lib/dates';
import { QrCode } from '../../../components/QrCode';
import { venuesPaths } from '../venues-paths';

/**
 * The reference number to keep, large, with a QR code a phone can photograph: it holds the number
 * and the room and time in words, nothing personal.
 */
export function RequestDone(props: {
  answer: RequestAnswer;
  room: string;
  date: string;
  start: string;
  end: string;
}) {
  const { answer, room, date, start, end } = props;
  const { t, i18n } = useTranslation('venues');
  const when = t('request.when', { date: formatDay(date, i18n.language, 'full'), start, end });
  const approved = answer.status === 'approved';
  return (
    <section className="venues-step venues-done" aria-labelledby="venues-done-title">
      <h2 id="venues-done-title">{t(approved ? 'done.approvedTitle' : 'done.requestedTitle')}</h2>
      <p className="lead">{t(approved ? 'done.approvedLead' : 'done.requestedLead')}</p>
      <div className="venues-ticket">
        <div>
          <p className="venues-ticket-label">{t('done.ref')}</p>
          <p className="venues-ref" aria-label={t('done.refSpoken', { ref: answer.ref.split('').join(' ') })}>
            {answer.ref}
          </p>
          <p>{room}</p>
          <p>{when}</p>
        </div>
        <QrCode
          className="venues-qr"
          text={t('done.qrText', { ref: answer.ref, room, when })}
          label={t('done.qrLabel')}
        />
      </div>
      <p>{t('done.keep')}</p>
      <div className="venues-actions">
        <Link to={venuesPaths.status(answer.ref)} className="btn btn-secondary btn-large">
          {t('nav.status')}
        </Link>
        <Link to={venuesPaths.home} className="btn btn-primary btn-large">
          {t('done.finish')}
        </Link>
      </div>
    </section>
  );
}
