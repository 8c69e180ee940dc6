import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking, SeriesScope, Venue } from '../../../../../electron/shared/venues.types';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { BookingRow } from './BookingRow';
import { ReasonDialog } from './ReasonDialog';

/** The booking tapped on the calendar: what it is, and the desk's decisions on it. */
export function BookingPanel(props: { booking: Booking; venue: Venue | null; onClose: () => void }) {
  const { booking: b, venue, onClose } = props;
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<'decline' | 'cancel' | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['venues'] });
  const approve = useMutation({
    mutationFn: () => invoke('bookings.approve', { id: b.id }),
    onSettled: refresh,
  });
  const decide = useMutation({
    mutationFn: async ({ reason, scope }: { reason: string; scope: SeriesScope }) => {
      if (asking === 'decline') await invoke('bookings.decline', { id: b.id, reason });
      else await invoke('bookings.cancel', { id: b.id, reason, scope });
    },
    onSuccess: async () => {
      setAsking(null);
      await refresh();
      onClose();
    },
  });

  return (
    <section className="venues-calendar-panel" aria-labelledby="venues-calendar-chosen">
      <h2 id="venues-calendar-chosen">{t('calendar.chosen')}</h2>
      <ul className="venues-desk-list">
        <BookingRow booking={b} venues={venue ? [venue] : []}>
          {b.status === 'requested' && (
            <>
              <button
                type="button"
                className="btn btn-primary btn-large"
                disabled={approve.isPending}
                onClick={() => approve.mutate()}
              >
                {t('desk.approve')}
              </button>
              <button
                type="button"
                className="btn btn-secondary btn-large"
                onClick={() => setAsking('decline')}
              >
                {t('desk.decline')}
              </button>
            </>
          )}
          {b.status === 'approved' && (
            <button type="button" className="btn btn-secondary btn-large" onClick={() => setAsking('cancel')}>
              {t('desk.cancel')}
            </button>
          )}
          <button type="button" className="btn btn-quiet btn-large" onClick={onClose}>
            {t('calendar.close')}
          </button>
        </BookingRow>
      </ul>
      {approve.isError && (
        <p className="form-error" role="alert">
          {errorText(approve.error)}
        </p>
      )}
      {asking && (
        <ReasonDialog
          title={t(asking === 'decline' ? 'desk.declineTitle' : 'desk.cancelTitle', { title: b.title })}
          confirm={t(asking === 'decline' ? 'desk.decline' : 'desk.cancel')}
          busy={decide.isPending}
          failure={decide.isError ? errorText(decide.error) : null}
          series={asking === 'cancel' && b.seriesId !== null}
          onConfirm={(reason, scope) => decide.mutate({ reason, scope })}
          onClose={() => {
            setAsking(null);
            decide.reset();
          }}
        />
      )}
    </section>
  );
}
