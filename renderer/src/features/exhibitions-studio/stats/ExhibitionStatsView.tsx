import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExhibitionStats } from '../../../../../electron/shared/exhibitions.types';
import { BarChart } from '../../../components/charts/BarChart';
import { CountTable } from '../../../components/CountTable';
import { StatTotals } from '../../../components/StatTotals';
import { formatDay, formatMonth } from '../../../lib/dates';
import { formatNumber } from '../../../lib/format';
import { Shown } from '../../exhibitions/shown-text';
import { seriesOf } from './stats-series';

/**
 * A period's numbers: the two totals, visits over time (chart, and its table on demand), visits
 * per exhibition and plays per testimony or recording, the most first. Nothing counted: one
 * sentence saying so, and how numbers come.
 */
export function ExhibitionStatsView({ stats }: { stats: ExhibitionStats }) {
  const { t, i18n } = useTranslation('exhibitions-studio');
  const lang = i18n.language;
  const series = useMemo(() => seriesOf(stats), [stats]);
  /** A day or a month of the period, in words. */
  const when = (key: string) => (series.unit === 'day' ? formatDay(key, lang) : formatMonth(key, lang));
  const labels = useMemo(
    () =>
      series.points.map((p) =>
        series.unit === 'day' ? String(Number(p.key.slice(8))) : formatMonth(p.key, lang, 'short'),
      ),
    [series, lang],
  );
  const values = useMemo(() => series.points.map((p) => p.visits), [series]);

  if (stats.totals.visits === 0 && stats.totals.plays === 0) {
    return (
      <p className="exhibitions-studio-stats-empty" role="status">
        {t('stats.empty', { from: formatDay(stats.from, lang), to: formatDay(stats.to, lang) })}
      </p>
    );
  }

  const best = series.points.reduce<{ key: string; visits: number } | null>(
    (b, p) => (p.visits > 0 && (b === null || p.visits > b.visits) ? p : b),
    null,
  );
  const chartTitle = t(series.unit === 'day' ? 'stats.perDay' : 'stats.perMonth');
  const description = best
    ? t('stats.chartSummary', {
        from: formatDay(stats.from, lang),
        to: formatDay(stats.to, lang),
        total: stats.totals.visits,
        when: when(best.key),
        max: best.visits,
      })
    : t('stats.noVisits');

  return (
    <>
      <StatTotals
        items={(['visits', 'plays'] as const).map((k) => ({
          key: k,
          label: t(`stats.totals.${k}`),
          value: formatNumber(stats.totals[k], lang),
        }))}
      />
      <section className="panel" aria-labelledby="exhibitions-stats-chart-title">
        <h2 id="exhibitions-stats-chart-title">{chartTitle}</h2>
        <BarChart
          labels={labels}
          values={values}
          titleId="exhibitions-stats-chart-title"
          description={description}
        />
        <details className="exhibitions-studio-stats-more">
          <summary className="btn btn-quiet btn-small">{t('stats.showTable')}</summary>
          <CountTable
            caption={t('stats.timeTable')}
            nameHeading={t(series.unit === 'day' ? 'stats.day' : 'stats.month')}
            columns={[t('stats.visits'), t('stats.plays')]}
            rows={series.points.map((p) => ({
              key: p.key,
              name: when(p.key),
              counts: [p.visits, p.plays],
            }))}
            totals={[stats.totals.visits, stats.totals.plays]}
            totalLabel={t('stats.total')}
            empty={t('stats.noVisits')}
          />
        </details>
      </section>
      <div className="exhibitions-studio-stats-grid">
        <CountTable
          caption={t('stats.exhibitionsCaption')}
          nameHeading={t('stats.exhibition')}
          columns={[t('stats.visits')]}
          rows={stats.exhibitions.map((x) => ({
            key: String(x.id),
            name: x.title ? <Shown text={x.title} note={false} /> : t('stats.goneExhibition', { id: x.id }),
            counts: [x.visits],
          }))}
          totals={[stats.totals.visits]}
          totalLabel={t('stats.total')}
          empty={t('stats.noVisits')}
        />
        <CountTable
          caption={t('stats.recordingsCaption')}
          nameHeading={t('stats.recording')}
          extraHeading={t('stats.inExhibition')}
          columns={[t('stats.plays')]}
          rows={stats.recordings.map((x) => ({
            key: x.uid,
            name: x.title ? <Shown text={x.title} note={false} /> : t('stats.goneRecording'),
            extra: x.exhibitionTitle ? <Shown text={x.exhibitionTitle} note={false} /> : t('stats.gone'),
            counts: [x.plays],
          }))}
          totals={[stats.totals.plays]}
          totalLabel={t('stats.total')}
          empty={t('stats.noPlays')}
        />
      </div>
    </>
  );
}
