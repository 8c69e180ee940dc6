import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLine, VenueReport } from '../../../../../electron/shared/venues.types';
import { BarChart } from '../../../components/charts/BarChart';
import { CountTable } from '../../../components/CountTable';
import { PeriodPicker, periodOf, type Period, type Preset } from '../../../components/PeriodPicker';
import { StatTotals } from '../../../components/StatTotals';
import { invoke } from '../../../lib/api';
import { formatDay, formatMonth, today } from '../../../lib/dates';
import { saveExport } from '../../../lib/download';
import { useErrorText } from '../../../lib/error-text';
import { formatNumber } from '../../../lib/format';
import '../venues.css';

const PRESETS: readonly Preset[] = ['thisMonth', 'lastMonth', 'thisYear', 'lastYear', 'custom'];

const percent = (part: number, whole: number, lang: string) =>
  whole > 0
    ? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(part / whole)
    : '—';
/** Minutes as hours to a tenth. */
const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;
const hours = (minutes: number, lang: string) => formatNumber(hoursOf(minutes), lang);

function ReportView({ report }: { report: VenueReport }) {
  const { t, i18n } = useTranslation('venues');
  const lang = i18n.language;
  const { totals } = report;
  const table = (id: string, heading: string, rows: readonly ReportLine[], name = (k: string) => k) => (
    <CountTable
      caption={t(`report.${id}` as 'report.byPurpose')}
      nameHeading={heading}
      columns={[t('report.events'), t('report.participants')]}
      rows={rows.map((l) => ({ key: l.key, name: name(l.key), counts: [l.events, l.participants] }))}
      totals={[totals.events, totals.participants]}
      totalLabel={t('report.total')}
      empty={t('report.none')}
    />
  );
  const busiest = report.perMonth.reduce<ReportLine | null>(
    (b, l) => (b === null || l.events > b.events ? l : b),
    null,
  );
  return (
    <>
      <StatTotals
        items={[
          { key: 'events', label: t('report.events'), value: formatNumber(totals.events, lang) },
          {
            key: 'participants',
            label: t('report.participants'),
            value: formatNumber(totals.participants, lang),
          },
          {
            key: 'noShows',
            label: t('report.noShowRate'),
            value: percent(totals.noShows, totals.held, lang),
          },
          {
            key: 'use',
            label: t('report.use'),
            value: percent(totals.minutesBooked, totals.minutesOpen, lang),
          },
        ]}
      />
      <p className="venues-status">
        {t('report.basis', {
          noShows: totals.noShows,
          held: totals.held,
          booked: hours(totals.minutesBooked, lang),
          open: hours(totals.minutesOpen, lang),
        })}
      </p>
      <section className="panel" aria-labelledby="venues-report-chart">
        <h2 id="venues-report-chart">{t('report.perMonth')}</h2>
        <BarChart
          labels={report.perMonth.map((l) => formatMonth(l.key, lang, 'short'))}
          values={report.perMonth.map((l) => l.events)}
          titleId="venues-report-chart"
          description={
            busiest
              ? t('report.chartSummary', {
                  total: totals.events,
                  month: formatMonth(busiest.key, lang),
                  max: busiest.events,
                })
              : t('report.none')
          }
        />
      </section>
      <div className="venues-report-grid">
        {table('byPurpose', t('report.purpose'), report.byPurpose, (k) =>
          t(`purposes.${k}` as 'purposes.other'),
        )}
        {table('byBranch', t('form.branch'), report.byBranch)}
        {table('byCompany', t('form.company'), report.byCompany)}
        <CountTable
          caption={t('report.byRoom')}
          nameHeading={t('report.room')}
          extraHeading={t('report.use')}
          columns={[t('report.events'), t('report.participants'), t('report.hoursBooked')]}
          rows={report.byRoom.map((r) => ({
            key: String(r.venueId),
            name: r.name,
            extra: percent(r.minutesBooked, r.minutesOpen, lang),
            counts: [r.events, r.participants, hoursOf(r.minutesBooked)],
          }))}
          totals={[totals.events, totals.participants, hoursOf(totals.minutesBooked)]}
          totalLabel={t('report.total')}
          empty={t('report.none')}
        />
      </div>
      <p className="venues-status">
        {t('report.period', { from: formatDay(report.from, lang), to: formatDay(report.to, lang) })}
      </p>
    </>
  );
}

/**
 * 场地统计: a period's events and participants (as recorded in the 活动台账) per month, purpose,
 * branch, company and room; each room's use (hours booked of hours open) and the no-show rate;
 * the whole report as a spreadsheet.
 */
export function Component() {
  const { t } = useTranslation('venues');
  const errorText = useErrorText();
  const [period, setPeriod] = useState<Period>(() => periodOf('thisYear', today(), { from: '', to: '' }));
  const { from, to } = period;
  const valid = from !== '' && to !== '' && from <= to;
  const report = useQuery({
    queryKey: ['venues', 'report', from, to],
    queryFn: () => invoke('bookings.report', { from, to }),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  const exported = useMutation({
    mutationFn: () => invoke('bookings.exportReport', { from, to, format: 'xlsx' }),
    onSuccess: saveExport,
  });
  return (
    <section className="venues venues-desk" aria-labelledby="venues-report-title">
      <div className="section-head">
        <h1 id="venues-report-title">{t('staff.reports')}</h1>
        <button
          type="button"
          className="btn btn-secondary btn-large"
          disabled={!valid || exported.isPending}
          onClick={() => exported.mutate()}
        >
          {t('report.export')}
        </button>
      </div>
      <PeriodPicker value={period} onChange={setPeriod} presets={PRESETS} />
      {(report.isError || exported.isError) && (
        <p className="form-error" role="alert">
          {errorText(report.error ?? exported.error)}
        </p>
      )}
      {report.isLoading && <p role="status">{t('home.loading')}</p>}
      {report.data && <ReportView report={report.data} />}
    </section>
  );
}
