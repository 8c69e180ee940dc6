import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { BookingStatusView } from '../../../../../electron/shared/venues.types';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { useErrorText } from '../../../lib/error-text';
import { ScreenHeader } from '../ScreenHeader';

const REF = /^\d{8}$/;

function StatusCard({ view }: { view: BookingStatusView }) {
  const { t, i18n } = useTranslation('venues');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const checkIn = useMutation({
    mutationFn: () => invoke('bookings.checkIn', { ref: view.ref }),
    onSuccess: (next) => queryClient.setQueryData(['venues', 'status', view.ref], next),
  });
  const when = t('request.when', {
    date: formatDay(view.start.slice(0, 10), i18n.language, 'full'),
    start: view.start.slice(11),
    end: view.end.slice(11),
  });
  return (
    <article className="venues-ticket venues-status-card" aria-labelledby="venues-status-title">
      <div>
        <p className="venues-ticket-label">{t('done.ref')}</p>
        <p className="venues-ref">{view.ref}</p>
        <p>{view.venueName}</p>
        <p>{when}</p>
        <h2 id="venues-status-title" className={`venues-state venues-state-${view.status}`}>
          {t(`states.${view.status}`)}
        </h2>
        {view.reason && <p>{t('status.reason', { reason: view.reason })}</p>}
        {view.status === 'approved' && (
          <button
            type="button"
            className="btn btn-gold btn-huge"
            disabled={checkIn.isPending}
            onClick={() => checkIn.mutate()}
          >
            {t('status.checkIn')}
          </button>
        )}
        {checkIn.isError && (
          <p className="form-error" role="alert">
            {errorText(checkIn.error)}
          </p>
        )}
      </div>
    </article>
  );
}

/** A request's progress by its reference number, typed on the number pad; check-in when it is time. */
export function StatusScreen() {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const ref = params.get('ref') ?? '';
  const [typed, setTyped] = useState(ref);
  const [problem, setProblem] = useState<string | null>(null);
  const view = useQuery({
    queryKey: ['venues', 'status', ref],
    queryFn: () => invoke('bookings.status', { ref }),
    enabled: REF.test(ref),
    retry: false,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = typed.trim();
    if (!REF.test(value)) {
      setProblem(t('status.eightDigits'));
      return;
    }
    setProblem(null);
    setParams({ ref: value }, { replace: true });
  };
  return (
    <section className="venues-screen" aria-labelledby="venues-status-heading">
      <ScreenHeader
        title={<h1 id="venues-status-heading">{t('status.title')}</h1>}
        lead={<p className="lead">{t('status.lead')}</p>}
      />
      <form className="venues-step venues-ref-form" onSubmit={submit} noValidate>
        <TextField
          label={t('done.ref')}
          kind="digits"
          maxLength={8}
          value={typed}
          onChange={setTyped}
          error={problem}
        />
        <button type="submit" className="btn btn-primary btn-huge">
          {t('status.look')}
        </button>
      </form>
      {view.isPending && REF.test(ref) && <p className="venues-status">{t('home.loading')}</p>}
      {view.isError && (
        <p className="form-error" role="alert">
          {errorText(view.error)}
        </p>
      )}
      {view.data && <StatusCard view={view.data} />}
    </section>
  );
}
