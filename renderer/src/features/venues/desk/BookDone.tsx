import { useTranslation } from 'react-i18next';
import type { CreatedBookings, SkippedDate } from '../../../../../electron/shared/venues.types';
import { formatDay } from '../../../lib/dates';

function When({ start, end }: { start: string; end: string }) {
  const { t, i18n } = useTranslation('venues');
  return (
    <>
      {t('request.when', {
        date: formatDay(start.slice(0, 10), i18n.language, 'full'),
        start: start.slice(11),
        end: end.slice(11),
      })}
    </>
  );
}

/** Why a date of the series was skipped, in words: the holiday's name, the room's hours. */
function skipText(t: ReturnType<typeof useTranslation<'venues'>>['t'], s: SkippedDate): string {
  if (s.code === 'closed_day')
    return s.reason ? t('book.skip.closedBecause', { reason: s.reason }) : t('book.skip.closed');
  if (s.code === 'outside_hours')
    return s.reason ? t('book.skip.hours', { hours: s.reason }) : t('book.skip.shut');
  return t(`book.skip.${s.code}`);
}

/** What the desk booked: every date with its reference, and the dates a series skipped, with why. */
export function BookDone(props: { created: CreatedBookings; room: string; onAnother: () => void }) {
  const { created, room, onAnother } = props;
  const { t } = useTranslation('venues');
  const { bookings, skipped } = created;
  return (
    <section className="venues-step venues-done" aria-labelledby="venues-book-done">
      <h2 id="venues-book-done">{t('book.doneTitle', { count: bookings.length, room })}</h2>
      <ul className="venues-book-dates">
        {bookings.map((b) => (
          <li key={b.id}>
            <When start={b.start} end={b.end} />
            <span className="venues-desk-ref">
              {t('done.ref')} {b.ref}
            </span>
          </li>
        ))}
      </ul>
      {skipped.length > 0 && (
        <section aria-labelledby="venues-book-skipped" className="venues-book-skipped">
          <h3 id="venues-book-skipped">{t('book.skippedTitle', { count: skipped.length })}</h3>
          <ul className="venues-book-dates">
            {skipped.map((s) => (
              <li key={s.start}>
                <When start={s.start} end={s.end} />
                <span>{skipText(t, s)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="venues-actions">
        <button type="button" className="btn btn-primary btn-large" onClick={onAnother}>
          {t('book.another')}
        </button>
      </div>
    </section>
  );
}
