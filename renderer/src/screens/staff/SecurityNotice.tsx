import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { invoke } from '../../lib/api';
import { formatDateTime } from '../../lib/format';

const ALERTS_KEY = ['audit', 'alerts'] as const;

/**
 * Tells the admin, above every staff section, about accounts locked and devices held back after
 * wrong PINs since the admin last marked them seen; the details are in the audit log.
 */
export function SecurityNotice() {
  const { t, i18n } = useTranslation('staff');
  const queryClient = useQueryClient();
  const alerts = useQuery({
    queryKey: ALERTS_KEY,
    queryFn: () => invoke('security.alerts', {}),
    refetchOnMount: 'always',
  });
  const seen = useMutation({
    mutationFn: () => invoke('security.acknowledge', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
  const a = alerts.data;
  if (!a || a.locked + a.held === 0) return null;
  const parts = [
    a.locked > 0 && t('securityNotice.locked', { count: a.locked }),
    a.held > 0 && t('securityNotice.held', { count: a.held }),
    a.failed > 0 && t('securityNotice.failed', { count: a.failed }),
  ].filter((p): p is string => typeof p === 'string');
  const list = parts.join(t('audit.separator'));

  return (
    <section className="notice notice-error security-notice" role="status" aria-labelledby="security-notice">
      <h2 id="security-notice">{t('securityNotice.title')}</h2>
      <p>
        {a.since
          ? t('securityNotice.since', { time: formatDateTime(a.since, i18n.language), list })
          : t('securityNotice.always', { list })}
      </p>
      <div className="security-notice-actions">
        <Link to="/staff/audit" className="btn btn-secondary">
          {t('securityNotice.open')}
        </Link>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => seen.mutate()}
          disabled={seen.isPending}
        >
          {t('securityNotice.seen')}
        </button>
      </div>
    </section>
  );
}
