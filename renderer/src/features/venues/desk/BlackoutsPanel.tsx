import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, Venue } from '../../../../../electron/shared/venues.types';
import { addDays } from '../../../../../electron/shared/dates';
import { DatePicker } from '../../../components/calendar/DatePicker';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { useCentreClock } from '../use-centre-clock';
import { HalfHourSelect } from './HalfHourSelect';

const AHEAD = 365;

/**
 * 暂停开放: a room, or every room, closed from one time to another with a reason visitors are shown;
 * the closures to come, each to open again. The bookings already in a new closure are listed, to
 * move or cancel and tell their organisers.
 */
export function BlackoutsPanel({ venues }: { venues: readonly Venue[] }) {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const today = useCentreClock(60).slice(0, 10);
  const [venueId, setVenueId] = useState<number | null>(null);
  const [from, setFrom] = useState({ date: today, time: '08:00' });
  const [to, setTo] = useState({ date: today, time: '18:00' });
  const [reason, setReason] = useState('');
  const [affected, setAffected] = useState<Booking[] | null>(null);
  const list = useQuery({
    queryKey: ['venues', 'blackouts', today],
    queryFn: () => invoke('venues.blackouts', { from: today, to: addDays(today, AHEAD) }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['venues'] });
  const add = useMutation({
    mutationFn: () =>
      invoke('venues.addBlackout', {
        venueId,
        start: `${from.date}T${from.time}`,
        end: `${to.date}T${to.time}`,
        reason: reason.trim(),
      }),
    onSuccess: async (answer) => {
      setAffected(answer.affected);
      setReason('');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: number) => invoke('venues.removeBlackout', { id }),
    onSettled: refresh,
  });
  const nameOf = (id: number | null) =>
    id === null ? t('blackouts.everyRoom') : (venues.find((v) => v.id === id)?.name ?? '');
  const when = (w: string) => `${formatDay(w.slice(0, 10), i18n.language, 'long')} ${w.slice(11)}`;
  const wrong = `${to.date}T${to.time}` <= `${from.date}T${from.time}`;

  return (
    <section aria-labelledby="venues-blackouts" className="venues-blackouts">
      <h2 id="venues-blackouts">{t('blackouts.title')}</h2>
      {list.isError && <p className="form-error">{errorText(list.error)}</p>}
      {list.data?.length === 0 && <p className="venues-status">{t('blackouts.none')}</p>}
      <ul className="venues-desk-list">
        {list.data?.map((b) => (
          <li key={b.id} className="venues-desk-row">
            <div>
              <h3>{nameOf(b.venueId)}</h3>
              <p>
                {when(b.start)} – {when(b.end)}
              </p>
              <p className="field-hint">{b.reason}</p>
            </div>
            <button
              type="button"
              className="btn btn-secondary btn-large"
              disabled={remove.isPending}
              onClick={() => remove.mutate(b.id)}
            >
              {t('blackouts.remove')}
              <span className="visually-hidden"> {nameOf(b.venueId)}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="form venues-blackout-form"
        noValidate
        aria-labelledby="venues-blackout-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!wrong && reason.trim() !== '' && !add.isPending) add.mutate();
        }}
      >
        <h3 id="venues-blackout-add">{t('blackouts.add')}</h3>
        <label className="field venues-blackout-time">
          <span className="field-label">{t('blackouts.room')}</span>
          <select
            className="field-input"
            value={venueId ?? ''}
            onChange={(e) => setVenueId(e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('blackouts.everyRoom')}</option>
            {venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </label>
        <div className="form-row">
          <DatePicker
            label={t('blackouts.from')}
            value={from.date}
            min={today}
            max={addDays(today, AHEAD)}
            onChange={(date) => setFrom({ ...from, date })}
          />
          <HalfHourSelect
            className="field venues-blackout-time"
            label={t('blackouts.fromTime')}
            value={from.time}
            onChange={(time) => setFrom({ ...from, time })}
          />
        </div>
        <div className="form-row">
          <DatePicker
            label={t('blackouts.to')}
            value={to.date}
            min={today}
            max={addDays(today, AHEAD)}
            onChange={(date) => setTo({ ...to, date })}
          />
          <HalfHourSelect
            className="field venues-blackout-time"
            label={t('blackouts.toTime')}
            value={to.time}
            onChange={(time) => setTo({ ...to, time })}
          />
        </div>
        {wrong && <p className="field-error">{t('blackouts.endFirst')}</p>}
        <TextField
          label={t('blackouts.reason')}
          hint={t('blackouts.reasonHint')}
          kind="words"
          maxLength={200}
          value={reason}
          onChange={setReason}
        />
        {add.isError && (
          <p className="form-error" role="alert">
            {errorText(add.error)}
          </p>
        )}
        <button
          type="submit"
          className="btn btn-danger btn-large"
          disabled={add.isPending || wrong || reason.trim() === ''}
        >
          {t('blackouts.save')}
        </button>
      </form>
      {affected && (
        <div role="status" className="notice">
          {affected.length === 0 ? (
            <p>{t('blackouts.noneAffected')}</p>
          ) : (
            <>
              <p>{t('blackouts.affected', { count: affected.length })}</p>
              <ul>
                {affected.map((b) => (
                  <li key={b.id}>
                    {when(b.start)}–{b.end.slice(11)} {nameOf(b.venueId)} {b.title} ·{' '}
                    {b.organiser.branch ?? b.organiser.company} · {b.contactName} {b.contactPhone}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
