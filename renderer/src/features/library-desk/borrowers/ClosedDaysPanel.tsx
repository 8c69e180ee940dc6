import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { formatDay, localDate } from '../shared/dates';
import { deskKeys } from '../shared/queries';

/** Days the reading room is closed: a due date that would fall on one moves to the next open day. */
export function ClosedDaysPanel() {
  const { t, i18n } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const dateId = useId();
  const today = localDate();
  const days = useQuery({
    queryKey: [...deskKeys.closedDays, today],
    queryFn: () => invoke('closedDays.list', { from: today }),
  });
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const set = useMutation({
    mutationFn: (input: { date: string; closed: boolean; reason?: string }) =>
      invoke('closedDays.set', input),
    onSuccess: (_, input) => {
      if (input.closed) {
        setDate('');
        setReason('');
      }
      void queryClient.invalidateQueries({ queryKey: deskKeys.closedDays });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(date === '');
    if (date !== '') set.mutate({ date, closed: true, reason });
  };

  return (
    <div>
      <h2>{t('closed.heading')}</h2>
      <p className="muted">{t('closed.intro')}</p>
      <form className="form form-wide panel" onSubmit={submit} noValidate aria-labelledby="closed-add-title">
        <h3 id="closed-add-title">{t('closed.add')}</h3>
        <div className="form-row">
          <div className={missing ? 'field field-invalid' : 'field'}>
            <label htmlFor={dateId} className="field-label">
              {t('closed.date')}
            </label>
            <input
              id={dateId}
              type="date"
              className="field-input"
              min={today}
              value={date}
              aria-invalid={missing ? true : undefined}
              aria-describedby={missing ? `${dateId}-error` : undefined}
              onChange={(e) => setDate(e.target.value)}
            />
            {missing && (
              <p id={`${dateId}-error`} className="field-error">
                {t('common.required')}
              </p>
            )}
          </div>
          <TextField
            label={t('closed.reason')}
            kind="words"
            value={reason}
            onChange={setReason}
            maxLength={40}
          />
        </div>
        {set.isError && (
          <p className="form-error" role="alert">
            {errorText(set.error)}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={set.isPending}>
            {t('closed.addButton')}
          </button>
        </div>
      </form>
      {days.data && days.data.length === 0 && <p className="notice">{t('closed.none')}</p>}
      {days.data && days.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('closed.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('closed.date')}</th>
                <th scope="col">{t('closed.reason')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {days.data.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{formatDay(d.date, i18n.language)}</th>
                  <td>{d.reason ?? ''}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      disabled={set.isPending}
                      onClick={() => set.mutate({ date: d.date, closed: false })}
                    >
                      {t('closed.open', { date: formatDay(d.date, i18n.language) })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
