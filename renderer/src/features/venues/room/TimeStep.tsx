import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../../../electron/shared/venues.types';
import { DayTimePicker, tooShortFor } from './DayTimePicker';
import type { RequestDraft } from './request-draft';

/**
 * The first step: a day, then a time on it, among what the room still has free. Venue staff
 * (`asStaff`) may book without notice and up to a year ahead, as core lets them.
 */
export function TimeStep(props: {
  venue: Venue;
  draft: Pick<RequestDraft, 'date' | 'start' | 'end'>;
  change: (patch: Partial<RequestDraft>) => void;
  notice: string | null;
  asStaff?: boolean;
}) {
  const { venue, draft, change, notice, asStaff = false } = props;
  const { t } = useTranslation('venues');
  const when = { date: draft.date, start: draft.start, end: draft.end };

  return (
    <div className="venues-step">
      <h2>{t('request.timeStep')}</h2>
      {notice && (
        <p className="form-error" role="alert">
          {notice}
        </p>
      )}
      <DayTimePicker venue={venue} value={when} onChange={change} asStaff={asStaff} />
      <button
        type="button"
        className="btn btn-primary btn-huge venues-next"
        disabled={!when.start || !when.end || tooShortFor(venue, when)}
        onClick={() => change({ step: 'form' })}
      >
        {t('request.next')}
      </button>
    </div>
  );
}
