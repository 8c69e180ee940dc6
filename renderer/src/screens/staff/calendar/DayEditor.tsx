import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, DayChoice } from '../../../../../electron/shared/calendar.types';
import { REASON_MAX } from '../../../../../electron/shared/calendar.types';
import { useDayLook } from '../../../components/calendar/use-day-look';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';

/** One day: whether the centre is open and why, and the buttons that change it. */
export function DayEditor(props: {
  day: CalendarDay;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { day, onClose, onSaved } = props;
  const { t, i18n } = useTranslation('staff');
  const { t: common } = useTranslation();
  const { why } = useDayLook();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const titleId = useId();
  // The first button, not the reason field: the keyboard opens only when staff tap the field.
  const first = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState(day.override?.reason ?? '');
  const date = formatDay(day.date, i18n.language, 'full');
  const set = useMutation({
    mutationFn: (status: DayChoice) =>
      invoke('calendar.set', { date: day.date, status, ...(status === 'closed' ? { reason } : {}) }),
    onSuccess: (after) => {
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      onSaved(
        t('calendar.saved', {
          date,
          state: common(after.open ? 'calendar.notes.open' : 'calendar.notes.closed'),
        }),
      );
    },
  });
  const refused = set.isError ? fieldErrors(set.error) : {};
  const general = set.isError && Object.keys(refused).length === 0 ? errorText(set.error) : null;
  const notes = why(day);

  return (
    <Dialog labelledBy={titleId} onClose={onClose} className="centre-cal-day" initialFocus={first}>
      <h2 id={titleId} className="dialog-title">
        {date}
      </h2>
      <p className="dialog-text centre-cal-state" data-open={day.open ? '' : undefined}>
        {t(day.open ? 'calendar.isOpen' : 'calendar.isClosed')}
      </p>
      {notes.length > 0 && (
        <ul className="centre-cal-why">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <TextField
        label={t('calendar.reason')}
        kind="words"
        value={reason}
        onChange={setReason}
        maxLength={REASON_MAX}
        error={refused.reason ?? null}
      />
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <div className="dialog-actions">
        <button
          ref={first}
          type="button"
          className="btn btn-primary"
          disabled={set.isPending}
          onClick={() => set.mutate('closed')}
        >
          {t('calendar.close')}
        </button>
        {!day.open && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={set.isPending}
            onClick={() => set.mutate('open')}
          >
            {t('calendar.open')}
          </button>
        )}
        {day.override && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={set.isPending}
            onClick={() => set.mutate('default')}
          >
            {t('calendar.reset')}
          </button>
        )}
        <button type="button" className="btn btn-quiet" onClick={onClose}>
          {common('actions.cancel')}
        </button>
      </div>
      {day.override && <p className="field-hint">{t('calendar.resetHint')}</p>}
    </Dialog>
  );
}
