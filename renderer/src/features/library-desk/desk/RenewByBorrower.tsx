import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../../components/Choice';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { formatDay } from '../../../lib/dates';
import { newRequestId } from '../../../lib/request-id';
import { ScanField } from '../../../components/ScanField';
import { useRefusalText } from '../shared/use-refusal-text';
import { BorrowerPanel } from './BorrowerPanel';
import { useBorrowerLookup } from './use-borrower-lookup';

type Outcome = { ok: true; dueOn: string } | { ok: false; error: unknown };

/** Renewing by card: the borrower's loans, tick the ones to renew. */
export function RenewByBorrower() {
  const { t, i18n } = useTranslation('library-desk');
  const refusal = useRefusalText();
  const desk = useBorrowerLookup();
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState(false);

  const renewPicked = async () => {
    setBusy(true);
    // One after another: each is its own decision (a hold, the renewal limit) with its own answer.
    for (const barcode of picked) {
      try {
        const loan = await invoke('lending.renew', { barcode, requestId: newRequestId() });
        setOutcomes((o) => ({ ...o, [barcode]: { ok: true, dueOn: loan.dueOn } }));
      } catch (error) {
        setOutcomes((o) => ({ ...o, [barcode]: { ok: false, error } }));
      }
    }
    setPicked(new Set());
    setBusy(false);
    void desk.refresh();
  };

  const done = () => {
    setPicked(new Set());
    setOutcomes({});
    desk.clear();
  };

  if (!desk.status) {
    return (
      <div className="library-desk-step">
        <ScanField
          label={t('desk.cardLabel')}
          hint={t('desk.cardHint')}
          submitLabel={t('desk.cardSubmit')}
          name="renew-card"
          autoFocus
          onScan={(code) => desk.lookup.mutate(normaliseCode(code))}
        />
        {desk.lookup.isError && (
          <p className="form-error" role="alert">
            {refusal(desk.lookup.error)}
          </p>
        )}
      </div>
    );
  }

  const { loans, rule } = desk.status;
  return (
    <div className="library-desk-columns">
      <div className="library-desk-side">
        {/* Above the borrower, so the on-screen keyboard never covers it. */}
        <button type="button" className="btn btn-primary btn-large library-desk-finish" onClick={done}>
          {t('desk.renewDone')}
        </button>
        <BorrowerPanel status={desk.status} />
      </div>
      <div className="library-desk-main">
        {loans.length === 0 ? (
          <p className="notice">{t('desk.noLoans')}</p>
        ) : (
          <fieldset className="library-renew-list">
            <legend>{t('desk.renewPick')}</legend>
            {loans.map((l) => {
              const outcome = outcomes[l.barcode];
              return (
                <div key={l.id} className="library-renew-item">
                  <Choice
                    checked={picked.has(l.barcode)}
                    disabled={busy}
                    onChange={(on) =>
                      setPicked((p) => {
                        const next = new Set(p);
                        if (on) next.add(l.barcode);
                        else next.delete(l.barcode);
                        return next;
                      })
                    }
                  >
                    <span className="library-renew-title">{l.title}</span>{' '}
                    <span className={l.overdueDays > 0 ? 'library-text-danger' : 'muted'}>
                      {l.overdueDays > 0
                        ? t('desk.overdueDays', { count: l.overdueDays })
                        : t('desk.dueOn', { date: formatDay(l.dueOn, i18n.language) })}
                      {' · '}
                      {t('desk.renewalsUsed', { used: l.renewals, max: rule.renewals })}
                    </span>
                  </Choice>
                  {outcome?.ok === true && (
                    <p className="library-text-ok" role="status">
                      {t('desk.newDue', { date: formatDay(outcome.dueOn, i18n.language) })}
                    </p>
                  )}
                  {outcome?.ok === false && (
                    <p className="library-desk-scan-line-reason" role="alert">
                      {refusal(outcome.error)}
                    </p>
                  )}
                </div>
              );
            })}
            <div className="form-actions">
              <button
                type="button"
                className="btn btn-primary btn-large"
                disabled={busy || picked.size === 0}
                onClick={() => void renewPicked()}
              >
                {t('desk.renewPicked', { count: picked.size })}
              </button>
            </div>
          </fieldset>
        )}
      </div>
    </div>
  );
}
