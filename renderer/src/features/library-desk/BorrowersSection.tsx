import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EMPTY_BORROWER } from './borrowers/borrower-form';
import { BorrowerEditor } from './borrowers/BorrowerEditor';
import { BorrowerForm } from './borrowers/BorrowerForm';
import { BorrowerList } from './borrowers/BorrowerList';
import { LoanRulesPanel } from './borrowers/LoanRulesPanel';
import { Segmented } from '../../components/Segmented';
import './shared/shared.css';
import './borrowers/borrowers.css';

type Tab = 'list' | 'rules';
const TABS: readonly Tab[] = ['list', 'rules'];

/** Borrowers and their cards, and the loan rules per kind of borrower. */
export function Component() {
  const { t } = useTranslation('library-desk');
  const [params, setParams] = useSearchParams();
  const [saved, setSaved] = useState<string | null>(null);
  const [erased, setErased] = useState(false);
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'list';
  const open = params.get('borrower');
  const openId = open !== null && /^\d+$/.test(open) ? Number(open) : null;
  const go = (next: { tab?: Tab; borrower?: string | null }) =>
    setParams((p) => {
      const q = new URLSearchParams(p);
      if (next.tab) q.set('tab', next.tab);
      if (next.borrower === null) q.delete('borrower');
      else if (next.borrower !== undefined) q.set('borrower', next.borrower);
      return q;
    });
  const close = (name: string | null) => {
    setSaved(name);
    setErased(false);
    go({ borrower: null });
  };

  return (
    <section className="library-desk" aria-labelledby="borrowers-title">
      <div className="section-head">
        <h1 id="borrowers-title">{t('sections.borrowers')}</h1>
        <Segmented<Tab>
          label={t('borrowers.tabs')}
          value={tab}
          onChange={(next) => go({ tab: next, borrower: null })}
          options={TABS.map((x) => ({ value: x, label: t(`borrowers.tab.${x}`) }))}
        />
      </div>
      {saved && tab === 'list' && open === null && (
        <p className="notice notice-ok" role="status">
          {t('borrowers.saved', { name: saved })}
        </p>
      )}
      {erased && tab === 'list' && open === null && (
        <p className="notice notice-ok" role="status">
          {t('borrowers.erase.done')}
        </p>
      )}
      {tab === 'list' && open === 'new' && (
        <BorrowerForm
          formId="library-desk.borrower.new"
          initial={EMPTY_BORROWER}
          onDone={(b) => close(b?.name ?? null)}
        />
      )}
      {tab === 'list' && openId !== null && (
        <BorrowerEditor
          key={openId}
          id={openId}
          onDone={(b) => close(b?.name ?? null)}
          onErased={() => {
            close(null);
            setErased(true);
          }}
        />
      )}
      {tab === 'list' && open === null && (
        <BorrowerList
          onOpen={(id) => {
            setSaved(null);
            setErased(false);
            go({ borrower: String(id) });
          }}
          onAdd={() => {
            setSaved(null);
            go({ borrower: 'new' });
          }}
        />
      )}
      {tab === 'rules' && <LoanRulesPanel />}
    </section>
  );
}
