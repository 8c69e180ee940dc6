import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, Venue } from '../../../../../electron/shared/venues.types';
import { PHOTOS_MAX, THREE_MEETINGS } from '../../../../../electron/shared/venues.types';
import { addDays } from '../../../../../electron/shared/dates';
import { wallNow, wallTime } from '../../../../../electron/shared/wall-time';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { saveExport } from '../../../lib/download';
import { useErrorText } from '../../../lib/error-text';
import { BookingRow } from './BookingRow';
import { PhotosField } from '../../../components/PhotosField';

const LOOK_BACK_DAYS = 30;

function RecordDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const meeting = THREE_MEETINGS.includes(booking.purpose);
  const [attendance, setAttendance] = useState(String(booking.headcount));
  const [summary, setSummary] = useState('');
  const [topic, setTopic] = useState('');
  const [absent, setAbsent] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: () =>
      invoke('bookings.record', {
        id: booking.id,
        attendance: Number(attendance),
        summary,
        photos,
        ...(meeting ? { topic, absent } : {}),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['venues'] });
      onClose();
    },
  });
  const required = t('form.required');
  return (
    <Dialog labelledBy="venues-record-title" onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const empty = { attendance: !/^\d+$/.test(attendance), summary: summary.trim() === '' };
          setMissing(empty);
          if (!empty.attendance && !empty.summary && !save.isPending) save.mutate();
        }}
      >
        <h2 id="venues-record-title" className="dialog-title">
          {t('record.title', { title: booking.title })}
        </h2>
        <TextField
          label={t('record.attendance')}
          kind="digits"
          maxLength={5}
          value={attendance}
          onChange={setAttendance}
          error={missing.attendance ? required : null}
        />
        <TextField
          label={t('record.summary')}
          kind="words"
          maxLength={1000}
          value={summary}
          onChange={setSummary}
          error={missing.summary ? required : null}
          autoFocus
        />
        {meeting && (
          <>
            <TextField
              label={t('record.topic')}
              kind="words"
              maxLength={100}
              value={topic}
              onChange={setTopic}
            />
            <TextField
              label={t('record.absent')}
              kind="words"
              maxLength={300}
              value={absent}
              onChange={setAbsent}
            />
          </>
        )}
        <PhotosField legend={t('record.photos')} value={photos} max={PHOTOS_MAX} onChange={setPhotos} />
        {save.isError && (
          <p className="form-error" role="alert">
            {errorText(save.error)}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('record.save')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('desk.back')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The events of the last month that were held and have no record yet, and the 活动台账's export. */
export function RecordsPanel({ venues }: { venues: readonly Venue[] }) {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const now = wallTime(wallNow(new Date()));
  const today = now.slice(0, 10);
  const todo = useQuery({
    queryKey: ['venues', 'desk', 'unrecorded', today],
    queryFn: () =>
      invoke('bookings.list', {
        from: `${addDays(today, -LOOK_BACK_DAYS)}T00:00`,
        to: `${addDays(today, 1)}T00:00`,
        status: 'unrecorded',
      }),
  });
  const [recording, setRecording] = useState<Booking | null>(null);
  const exported = useMutation({
    mutationFn: () =>
      invoke('bookings.exportRecords', { from: `${today.slice(0, 4)}-01-01`, to: today, format: 'xlsx' }),
    onSuccess: saveExport,
  });
  return (
    <section aria-labelledby="venues-desk-records">
      <h2 id="venues-desk-records">{t('record.unrecorded', { count: todo.data?.length ?? 0 })}</h2>
      <div className="venues-desk-export">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          disabled={exported.isPending}
          onClick={() => exported.mutate()}
        >
          {t('record.export')}
        </button>
        <p className="venues-status">{t('record.exportHint')}</p>
      </div>
      {exported.isError && (
        <p className="form-error" role="alert">
          {errorText(exported.error)}
        </p>
      )}
      {todo.isError && <p className="form-error">{errorText(todo.error)}</p>}
      {todo.data?.length === 0 && <p className="venues-status">{t('record.noneUnrecorded')}</p>}
      <ul className="venues-desk-list">
        {todo.data?.map((b) => (
          <BookingRow key={b.id} booking={b} venues={venues}>
            <button type="button" className="btn btn-primary btn-large" onClick={() => setRecording(b)}>
              {t('record.record')}
            </button>
          </BookingRow>
        ))}
      </ul>
      {recording && <RecordDialog booking={recording} onClose={() => setRecording(null)} />}
    </section>
  );
}
