import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodPicker, periodOf, type Period, type Preset } from '../../components/PeriodPicker';
import { invoke } from '../../lib/api';
import { today } from '../../lib/dates';
import { useErrorText } from '../../lib/error-text';
import { ExhibitionStatsView } from './stats/ExhibitionStatsView';
import { studioKeys } from './studio-queries';
import './stats/stats.css';

const PRESETS: readonly Preset[] = ['thisMonth', 'lastMonth', 'thisYear', 'lastYear', 'custom'];

/**
 * 展览统计: how often each exhibition was opened and each testimony played over a period, the
 * most first, from the anonymous day counts core keeps (`exhibitions.stats`).
 */
export function Component() {
  const { t } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const [period, setPeriod] = useState<Period>(() => periodOf('thisMonth', today(), { from: '', to: '' }));
  const { from, to } = period;
  const stats = useQuery({
    queryKey: studioKeys.stats(from, to),
    queryFn: () => invoke('exhibitions.stats', { from, to }),
    enabled: from !== '' && to !== '' && from <= to,
    placeholderData: keepPreviousData,
  });

  return (
    <section className="exhibitions-studio" aria-labelledby="exhibitions-stats-title">
      <div className="section-head">
        <h1 id="exhibitions-stats-title">{t('stats.heading')}</h1>
      </div>
      <p className="exhibitions-studio-stats-lead">{t('stats.lead')}</p>
      <PeriodPicker value={period} onChange={setPeriod} presets={PRESETS} />
      {stats.isError && (
        <p className="form-error" role="alert">
          {errorText(stats.error)}
        </p>
      )}
      {stats.isLoading && <p role="status">{t('stats.loading')}</p>}
      {stats.data && <ExhibitionStatsView stats={stats.data} />}
    </section>
  );
}
