import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../electron/shared/tables.types';
import { PeriodPicker, periodOf, type Period, type Preset } from '../../components/PeriodPicker';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { today } from '../../lib/dates';
import { saveExport } from '../../lib/download';
import { deskKeys } from './shared/queries';
import { StatsView } from './stats/StatsView';
import './shared/shared.css';
import './stats/stats.css';

const PRESETS: readonly Preset[] = ['last12', 'thisYear', 'lastYear', 'lastMonth', 'custom'];

/** The reading room's numbers for a period, with a chart, tables and an export. */
export function Component() {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [period, setPeriod] = useState<Period>(() => periodOf('last12', today(), { from: '', to: '' }));
  const { from, to } = period;
  const stats = useQuery({
    queryKey: deskKeys.stats(from, to),
    queryFn: () => invoke('stats.summary', { from, to }),
    enabled: from !== '' && to !== '' && from <= to,
    placeholderData: keepPreviousData,
  });
  const exporter = useMutation({
    mutationFn: (format: ExportFormat) => invoke('stats.export', { from, to, format }),
    onSuccess: saveExport,
  });

  return (
    <section className="library-desk" aria-labelledby="stats-title">
      <div className="section-head">
        <h1 id="stats-title">{t('sections.stats')}</h1>
        <div className="row-actions">
          {(['xlsx', 'csv'] as const).map((f) => (
            <button
              key={f}
              type="button"
              className="btn btn-secondary"
              disabled={exporter.isPending || !stats.data}
              onClick={() => exporter.mutate(f)}
            >
              {t('stats.export', { format: f.toUpperCase() })}
            </button>
          ))}
        </div>
      </div>
      <PeriodPicker value={period} onChange={setPeriod} presets={PRESETS} />
      {(stats.isError || exporter.isError) && (
        <p className="form-error" role="alert">
          {errorText(stats.error ?? exporter.error)}
        </p>
      )}
      {stats.data && <StatsView stats={stats.data} />}
    </section>
  );
}
