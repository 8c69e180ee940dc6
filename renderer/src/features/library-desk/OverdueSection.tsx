import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelsPanel } from './overdue/LabelsPanel';
import { LendingPanel } from './overdue/LendingPanel';
import { Segmented } from '../../components/Segmented';
import './shared/shared.css';

type Tab = 'overdue' | 'dueSoon' | 'labels';
const SOON = [3, 7, 14] as const;

/** Overdue and due-soon loans with printable reminder slips; printable barcode labels. */
export function Component() {
  const { t } = useTranslation('library-desk');
  const [tab, setTab] = useState<Tab>('overdue');
  const [days, setDays] = useState<(typeof SOON)[number]>(3);
  return (
    <section className="library-desk" aria-labelledby="overdue-title">
      <div className="section-head">
        <h1 id="overdue-title">{t('sections.overdue')}</h1>
        <Segmented<Tab>
          label={t('overdue.tabs')}
          value={tab}
          onChange={setTab}
          options={[
            { value: 'overdue', label: t('overdue.tab.overdue') },
            { value: 'dueSoon', label: t('overdue.tab.dueSoon') },
            { value: 'labels', label: t('overdue.tab.labels') },
          ]}
        />
      </div>
      {tab === 'dueSoon' && (
        <Segmented<string>
          label={t('overdue.within')}
          value={String(days)}
          onChange={(d) => setDays(SOON.find((x) => String(x) === d) ?? 3)}
          options={SOON.map((d) => ({ value: String(d), label: t('overdue.days', { count: d }) }))}
        />
      )}
      {tab === 'overdue' && <LendingPanel key="overdue" kind="overdue" days={3} />}
      {tab === 'dueSoon' && <LendingPanel key={`soon-${days}`} kind="dueSoon" days={days} />}
      {tab === 'labels' && <LabelsPanel />}
    </section>
  );
}
