import { useTranslation } from 'react-i18next';
import type { StatsSummary } from '../../../../../electron/shared/library-office.api';
import { BarChart } from '../../../components/charts/BarChart';
import { StatTotals } from '../../../components/StatTotals';
import { formatNumber } from '../../../lib/format';
import { formatDay, formatMonth } from '../../../lib/dates';
import { GroupTable } from './GroupTable';

/** The numbers of a period: totals, loans per month (chart and table), top titles, the groupings. */
export function StatsView({ stats }: { stats: StatsSummary }) {
  const { t, i18n } = useTranslation('library-desk');
  const lang = i18n.language;
  const none = t('stats.none');
  const best = stats.months.reduce<{ month: string; loans: number } | null>(
    (b, m) => (b === null || m.loans > b.loans ? m : b),
    null,
  );
  const description = best
    ? t('stats.chartSummary', {
        from: formatDay(stats.from, lang),
        to: formatDay(stats.to, lang),
        total: stats.totals.loans,
        month: formatMonth(best.month, lang),
        max: best.loans,
      })
    : t('stats.nothing');
  const group = (rows: readonly { name: string | null; loans: number; readers: number }[], prefix: string) =>
    rows.map((r, i) => ({
      key: `${prefix}-${r.name ?? ''}-${i}`,
      name: r.name ?? none,
      loans: r.loans,
      readers: r.readers,
    }));

  return (
    <>
      <StatTotals
        items={(['loans', 'activeReaders', 'titlesLent', 'renewals'] as const).map((k) => ({
          key: k,
          label: t(`stats.totals.${k}`),
          value: formatNumber(stats.totals[k], lang),
        }))}
      />
      <section className="panel" aria-labelledby="stats-months-title">
        <h2 id="stats-months-title">{t('stats.perMonth')}</h2>
        <BarChart
          labels={stats.months.map((m) => formatMonth(m.month, lang, 'short'))}
          values={stats.months.map((m) => m.loans)}
          titleId="stats-months-title"
          description={description}
        />
        <details className="library-chart-table">
          <summary className="btn btn-quiet btn-small">{t('stats.showTable')}</summary>
          <GroupTable
            caption={t('stats.perMonthTable')}
            rows={stats.months.map((m) => ({
              key: m.month,
              name: formatMonth(m.month, lang),
              loans: m.loans,
              readers: m.readers,
            }))}
          />
        </details>
      </section>
      <div className="library-stats-grid">
        <GroupTable
          caption={t('stats.topTitles')}
          rows={stats.topTitles.map((x) => ({ key: String(x.titleId), name: x.title, loans: x.loans }))}
        />
        <GroupTable caption={t('stats.byCompany')} rows={group(stats.byCompany, 'c')} />
        <GroupTable caption={t('stats.byBranch')} rows={group(stats.byBranch, 'b')} />
        <GroupTable caption={t('stats.byShelf')} rows={group(stats.byShelf, 's')} />
        <GroupTable
          caption={t('stats.byType')}
          rows={stats.byType.map((x) => ({
            key: x.type,
            name: t(`borrowerTypes.${x.type}`),
            loans: x.loans,
            readers: x.readers,
          }))}
        />
      </div>
    </>
  );
}
