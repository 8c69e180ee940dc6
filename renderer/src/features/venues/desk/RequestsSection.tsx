import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, SeriesScope } from '../../../../../electron/shared/venues.types';
import { addDays } from '../../../../../electron/shared/dates';
import { wallNow, wallTime } from '../../../../../electron/shared/wall-time';
import { invoke } from '../../../lib/api';
import { saveExport } from '../../../lib/download';
import { useErrorText } from '../../../lib/error-text';
import { venuesListQuery } from '../venues.queries';
import { BookingRow } from './BookingRow';
import { EditBooking } from './EditBooking';
import { ReasonDialog } from './ReasonDialog';
import { RecordsPanel } from './RecordsPanel';
import '../venues.css';

/** How far ahead the desk looks: requests may be made up to the longest room's reach. */
const AHEAD_DAYS = 120;
const UPCOMING_DAYS = 14;

type Asking = { kind: 'decline' | 'cancel'; booking: Booking };

/**
 * 场地预约 at the desk: the requests waiting for a decision (approve, or decline with a reason the
 * visitor is shown), the next two weeks' bookings, which can be changed or cancelled with a reason, and the
 * events of the last month left to record, with the 活动台账's export.
 */
export function Component() {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const now = wallTime(wallNow(new Date()));
  const from = `${now.slice(0, 10)}T00:00`;
  const venues = useQuery(venuesListQuery);
  const requests = useQuery({
    queryKey: ['venues', 'desk', 'requested', from],
    queryFn: () =>
      invoke('bookings.list', {
        from,
        to: `${addDays(from.slice(0, 10), AHEAD_DAYS)}T00:00`,
        status: 'requested',
      }),
  });
  const upcoming = useQuery({
    queryKey: ['venues', 'desk', 'upcoming', from],
    queryFn: () =>
      invoke('bookings.list', { from, to: `${addDays(from.slice(0, 10), UPCOMING_DAYS)}T00:00` }),
  });
  const [asking, setAsking] = useState<Asking | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['venues'] });
  const approve = useMutation({
    mutationFn: (id: number) => invoke('bookings.approve', { id }),
    onSettled: refresh,
  });
  const decide = useMutation({
    mutationFn: async ({ kind, booking, reason, scope }: Asking & { reason: string; scope: SeriesScope }) => {
      if (kind === 'decline') await invoke('bookings.decline', { id: booking.id, reason });
      else await invoke('bookings.cancel', { id: booking.id, reason, scope });
    },
    onSuccess: () => {
      setAsking(null);
      refresh();
    },
  });
  // A calendar file for the organiser's phone, sent on by staff (a phone cannot reach the hub).
  const calendarFile = useMutation({
    mutationFn: ({ ref, series }: { ref: string; series: boolean }) =>
      invoke('bookings.ics', series ? { ref, series } : { ref }),
    onSuccess: saveExport,
  });
  // Check-in at the desk, as the organiser would at the kiosk with the reference number.
  const checkIn = useMutation({
    mutationFn: (ref: string) => invoke('bookings.checkIn', { ref }),
    onSettled: refresh,
  });
  const held = (upcoming.data ?? []).filter((b) => b.status === 'approved' || b.status === 'checked_in');
  const [editing, setEditing] = useState<Booking | null>(null);
  const editedVenue = editing && venues.data?.find((v) => v.id === editing.venueId);
  if (editing && editedVenue) {
    return <EditBooking booking={editing} venue={editedVenue} onClose={() => setEditing(null)} />;
  }

  return (
    <div className="venues venues-desk">
      <div className="section-head">
        <h1>{t('staff.requests')}</h1>
      </div>
      <section aria-labelledby="venues-desk-requests">
        <h2 id="venues-desk-requests">{t('desk.requests', { count: requests.data?.length ?? 0 })}</h2>
        {(requests.isError || venues.isError) && (
          <p className="form-error">{errorText(requests.error ?? venues.error)}</p>
        )}
        {approve.isError && (
          <p className="form-error" role="alert">
            {errorText(approve.error)}
          </p>
        )}
        {requests.data?.length === 0 && <p className="venues-status">{t('desk.noRequests')}</p>}
        <ul className="venues-desk-list">
          {requests.data?.map((b) => (
            <BookingRow key={b.id} booking={b} venues={venues.data ?? []}>
              <button
                type="button"
                className="btn btn-primary btn-large"
                disabled={approve.isPending}
                onClick={() => approve.mutate(b.id)}
              >
                {t('desk.approve')}
              </button>
              <button
                type="button"
                className="btn btn-secondary btn-large"
                onClick={() => setAsking({ kind: 'decline', booking: b })}
              >
                {t('desk.decline')}
              </button>
            </BookingRow>
          ))}
        </ul>
      </section>
      <section aria-labelledby="venues-desk-upcoming">
        <h2 id="venues-desk-upcoming">{t('desk.upcoming', { days: UPCOMING_DAYS })}</h2>
        {held.length === 0 && upcoming.data && <p className="venues-status">{t('desk.noUpcoming')}</p>}
        {(calendarFile.isError || checkIn.isError) && (
          <p className="form-error" role="alert">
            {errorText(calendarFile.error ?? checkIn.error)}
          </p>
        )}
        <ul className="venues-desk-list">
          {held.map((b) => (
            <BookingRow key={b.id} booking={b} venues={venues.data ?? []}>
              <button
                type="button"
                className="btn btn-quiet btn-large"
                disabled={calendarFile.isPending}
                onClick={() => calendarFile.mutate({ ref: b.ref, series: false })}
              >
                {t('desk.ics')}
              </button>
              {b.seriesId !== null && (
                <button
                  type="button"
                  className="btn btn-quiet btn-large"
                  disabled={calendarFile.isPending}
                  onClick={() => calendarFile.mutate({ ref: b.ref, series: true })}
                >
                  {t('desk.icsSeries')}
                </button>
              )}
              {b.status === 'approved' && (
                <button
                  type="button"
                  className="btn btn-primary btn-large"
                  disabled={checkIn.isPending}
                  onClick={() => checkIn.mutate(b.ref)}
                >
                  {t('desk.checkIn')}
                </button>
              )}
              {b.status === 'approved' && (
                <button type="button" className="btn btn-secondary btn-large" onClick={() => setEditing(b)}>
                  {t('desk.edit')}
                </button>
              )}
              {b.status === 'approved' && (
                <button
                  type="button"
                  className="btn btn-secondary btn-large"
                  onClick={() => setAsking({ kind: 'cancel', booking: b })}
                >
                  {t('desk.cancel')}
                </button>
              )}
            </BookingRow>
          ))}
        </ul>
      </section>
      <RecordsPanel venues={venues.data ?? []} />
      {asking && (
        <ReasonDialog
          title={t(asking.kind === 'decline' ? 'desk.declineTitle' : 'desk.cancelTitle', {
            title: asking.booking.title,
          })}
          confirm={t(asking.kind === 'decline' ? 'desk.decline' : 'desk.cancel')}
          busy={decide.isPending}
          failure={decide.isError ? errorText(decide.error) : null}
          series={asking.kind === 'cancel' && asking.booking.seriesId !== null}
          onConfirm={(reason, scope) => decide.mutate({ ...asking, reason, scope })}
          onClose={() => {
            setAsking(null);
            decide.reset();
          }}
        />
      )}
    </div>
  );
}
