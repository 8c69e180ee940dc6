import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEK } from '../../../components/calendar/month-grid';
import { invoke } from '../../../lib/api';
import { weekdayName } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';

/** The weekdays the centre closes every week, as seven toggles and a save button. */
export function WeeklyClosing(props: {
  closedWeekdays: readonly number[];
  onSaved: (message: string) => void;
}) {
  const { closedWeekdays, onSaved } = props;
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<number[] | null>(null);
  const chosen = draft ?? [...closedWeekdays];
  const save = useMutation({
    mutationFn: (weekdays: number[]) => invoke('calendar.setWeekly', { closedWeekdays: weekdays }),
    onSuccess: () => {
      setDraft(null);
      onSaved(t('calendar.weeklySaved'));
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
  const toggle = (w: number) => setDraft(chosen.includes(w) ? chosen.filter((x) => x !== w) : [...chosen, w]);

  return (
    <fieldset className="centre-cal-weekly panel">
      <legend>{t('calendar.weekly')}</legend>
      <p className="field-hint">{t('calendar.weeklyHint')}</p>
      <div className="centre-cal-weekdays">
        {WEEK.map((w) => (
          <button
            key={w}
            type="button"
            className="btn btn-secondary"
            aria-pressed={chosen.includes(w)}
            aria-label={weekdayName(w, i18n.language, 'long')}
            onClick={() => toggle(w)}
          >
            {weekdayName(w, i18n.language)}
          </button>
        ))}
      </div>
      {save.isError && (
        <p className="form-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      {draft !== null && (
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={save.isPending}
            onClick={() => save.mutate(chosen)}
          >
            {common('actions.save')}
          </button>
          <button type="button" className="btn btn-quiet" onClick={() => setDraft(null)}>
            {common('actions.cancel')}
          </button>
        </div>
      )}
    </fieldset>
  );
}
