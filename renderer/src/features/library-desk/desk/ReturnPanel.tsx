import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnLine } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { formatDay } from '../../../lib/dates';
import { ScanField } from '../../../components/ScanField';
import { useRefusalText } from '../shared/use-refusal-text';
import { useScanLines } from './use-scan-lines';

const giveBack = (barcode: string, requestId: string) => invoke('lending.return', { barcode, requestId });
/** A second scan within this time is the same return (a double scan), not the book's next return. */
const REPEAT_WINDOW_MS = 10 * 60_000;
const options = { repeatWindowMs: REPEAT_WINDOW_MS };

/** Returns: book after book, no borrower needed; a book someone waits for goes to the hold shelf. */
export function ReturnPanel() {
  const { t, i18n } = useTranslation('library-desk');
  const refusal = useRefusalText();
  const session = useScanLines<ReturnLine>(giveBack, options);
  const day = useCallback((d: string) => formatDay(d, i18n.language), [i18n.language]);
  const returned = session.lines.filter((l) => l.state === 'done').length;

  return (
    <div className="library-desk-step">
      <ScanField
        label={t('desk.returnLabel')}
        hint={t('desk.returnHint')}
        submitLabel={t('desk.returnSubmit')}
        name="return"
        autoFocus
        onScan={(code) => session.scan(normaliseCode(code))}
      />
      {session.lines.length === 0 ? (
        <p className="muted">{t('desk.returnEmpty')}</p>
      ) : (
        <>
          <div className="library-desk-summary">
            <p>{t('desk.returnedCount', { count: returned })}</p>
            <button type="button" className="btn btn-secondary" onClick={session.clear}>
              {t('desk.clearList')}
            </button>
          </div>
          <ol className="library-desk-scan-lines" aria-live="polite" aria-label={t('desk.returnLines')}>
            {session.lines.map((l) => {
              const r = l.result;
              return (
                <li
                  key={l.key}
                  className={`library-desk-scan-line library-desk-scan-line-${l.state}${r?.holdFor ? ' library-desk-scan-line-hold' : ''}`}
                >
                  <p className="library-desk-scan-line-state">
                    {l.state === 'pending'
                      ? t('desk.working')
                      : l.state === 'done'
                        ? t('desk.returned')
                        : t('desk.notReturned')}
                  </p>
                  <div className="library-desk-scan-line-body">
                    <p className="library-desk-scan-line-title">{r?.loan.title ?? l.code}</p>
                    {r && (
                      <p>
                        {t('desk.returnedFrom', { name: r.loan.borrower.name, card: r.loan.borrower.cardNo })}
                        {' · '}
                        <span className={r.wasOverdue ? 'library-text-danger' : 'library-text-ok'}>
                          {r.wasOverdue
                            ? t('desk.returnedLate', { count: r.loan.overdueDays })
                            : t('desk.returnedOnTime')}
                        </span>
                      </p>
                    )}
                    {r?.holdFor && (
                      <p className="library-hold-shelf" role="alert">
                        {t('desk.toHoldShelf', {
                          name: r.holdFor.borrower.name,
                          card: r.holdFor.borrower.cardNo,
                          date: day(r.holdFor.readyUntil),
                        })}
                      </p>
                    )}
                    {l.state === 'refused' && (
                      <p className="library-desk-scan-line-reason">{refusal(l.error)}</p>
                    )}
                    {l.result && <p className="muted">{t('desk.barcode', { barcode: l.code })}</p>}
                    {l.repeats > 0 && l.state !== 'refused' && (
                      <p className="library-desk-scan-line-repeat">{t('desk.scannedAgainReturn')}</p>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
