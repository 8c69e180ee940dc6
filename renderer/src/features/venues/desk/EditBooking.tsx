import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { In } from '../../../../../electron/shared';
import {
  SERIES_SCOPES,
  type Booking,
  type SeriesScope,
  type Venue,
} from '../../../../../electron/shared/venues.types';
import { TextField } from '../../../components/keyboard/TextField';
import { Segmented } from '../../../components/Segmented';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { DayTimePicker, tooShortFor, type DayTime } from '../room/DayTimePicker';
import { roomName } from '../room-name';

const timeOf = (b: Booking): DayTime => ({
  date: b.start.slice(0, 10),
  start: b.start.slice(11),
  end: b.end.slice(11),
});

/**
 * Changes a booking at the desk: its time (another day too, for a single date) or its name,
 * headcount and notes. For a date of a series, which dates change: this one, the later ones too, or
 * all still to come, whose time of day moves together (each keeps its day). Core checks the room's
 * rules and its other holders; a change one date cannot take changes none.
 */
export function EditBooking(props: { booking: Booking; venue: Venue; onClose: () => void }) {
  const { booking, venue, onClose } = props;
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [scope, setScope] = useState<SeriesScope>('one');
  const [when, setWhen] = useState(timeOf(booking));
  const [title, setTitle] = useState(booking.title);
  const [headcount, setHeadcount] = useState(String(booking.headcount));
  const [notes, setNotes] = useState(booking.notes ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (input: In<'bookings.update'>) => invoke('bookings.update', input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['venues'] });
      onClose();
    },
  });
  const single = scope === 'one';
  const chooseScope = (s: SeriesScope) => {
    setScope(s);
    // A series' dates keep their days: only the time of day moves.
    if (s !== 'one') setWhen((w) => ({ ...w, date: booking.start.slice(0, 10), start: w.start, end: w.end }));
  };

  const submit = () => {
    const count = Number(headcount);
    if (title.trim() === '') return setProblem(t('form.required'));
    if (!/^\d+$/.test(headcount) || count < 1) return setProblem(t('form.headcountWhole'));
    if (count > venue.capacity) return setProblem(t('form.headcountOver'));
    if (!when.start || !when.end || tooShortFor(venue, when)) return setProblem(t('edit.chooseTime'));
    setProblem(null);
    const start = `${when.date}T${when.start}`;
    const end = `${when.date}T${when.end}`;
    save.mutate({
      id: booking.id,
      scope,
      ...(start !== booking.start || end !== booking.end ? { start, end } : {}),
      ...(title.trim() !== booking.title ? { title: title.trim() } : {}),
      ...(count !== booking.headcount ? { headcount: count } : {}),
      ...(notes.trim() !== (booking.notes ?? '') ? { notes: notes.trim() || null } : {}),
    });
  };

  return (
    <form
      className="venues venues-desk venues-edit"
      noValidate
      aria-labelledby="venues-edit-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!save.isPending) submit();
      }}
    >
      <div className="section-head">
        <h1 id="venues-edit-title">{t('edit.title', { title: booking.title })}</h1>
        <button type="button" className="btn btn-secondary btn-large" onClick={onClose}>
          {t('desk.back')}
        </button>
      </div>
      <p className="venues-when">
        {t('edit.now', {
          room: roomName(venue, i18n.language),
          date: formatDay(booking.start.slice(0, 10), i18n.language, 'full'),
          start: booking.start.slice(11),
          end: booking.end.slice(11),
          ref: booking.ref,
        })}
      </p>
      {booking.seriesId !== null && (
        <Segmented<SeriesScope>
          label={t('edit.scope')}
          options={SERIES_SCOPES.map((s) => ({ value: s, label: t(`edit.scopes.${s}`) }))}
          value={scope}
          onChange={chooseScope}
        />
      )}
      <DayTimePicker
        venue={venue}
        value={when}
        onChange={setWhen}
        asStaff
        own={{ start: booking.start, end: booking.end }}
        fixedDate={!single}
      />
      <TextField label={t('form.title')} kind="words" maxLength={60} value={title} onChange={setTitle} />
      <TextField
        label={t('form.headcount')}
        kind="digits"
        maxLength={5}
        hint={t('form.headcountHint', { count: venue.capacity })}
        value={headcount}
        onChange={setHeadcount}
      />
      <TextField label={t('form.notes')} kind="words" maxLength={500} value={notes} onChange={setNotes} />
      {(problem ?? save.error) && (
        <p className="form-error" role="alert">
          {problem ?? errorText(save.error)}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-huge" disabled={save.isPending}>
        {t('edit.save')}
      </button>
    </form>
  );
}
