import { useTranslation } from 'react-i18next';
import type { CheckoutLine } from '../../../../../electron/shared/library.api';
import { formatDay } from '../../../lib/dates';
import { useRefusalText } from '../shared/use-refusal-text';
import type { ScanLine } from '../../../lib/scan-lines';

/** The books scanned for this borrower, newest first: lent with the due date, or why not. */
export function LendLines(props: {
  lines: readonly ScanLine<CheckoutLine>[];
  onUndo: (line: ScanLine<CheckoutLine>) => void;
  undoing: string | null;
}) {
  const { lines, onUndo, undoing } = props;
  const { t, i18n } = useTranslation('library-desk');
  const refusal = useRefusalText();
  if (lines.length === 0) return <p className="muted">{t('desk.lendEmpty')}</p>;
  return (
    <ol className="library-desk-scan-lines" aria-live="polite" aria-label={t('desk.lendLines')}>
      {lines.map((l) => (
        <li
          key={l.key}
          className={`library-desk-scan-line library-desk-scan-line-${l.undone ? 'undone' : l.state}`}
        >
          <p className="library-desk-scan-line-state">
            {l.undone
              ? t('desk.undone')
              : l.state === 'pending'
                ? t('desk.working')
                : l.state === 'done'
                  ? t('desk.lent')
                  : t('desk.notLent')}
          </p>
          <div className="library-desk-scan-line-body">
            <p className="library-desk-scan-line-title">{l.result?.loan.title ?? l.code}</p>
            {l.result && !l.undone && (
              <p className="library-desk-scan-line-due">
                {t('desk.dueOn', { date: formatDay(l.result.loan.dueOn, i18n.language) })}
              </p>
            )}
            {l.state === 'refused' && <p className="library-desk-scan-line-reason">{refusal(l.error)}</p>}
            {l.result && (
              <p className="muted">
                {t('desk.barcode', { barcode: l.code })}
                {l.result.holdFulfilled ? ` · ${t('desk.holdFulfilled')}` : ''}
              </p>
            )}
            {l.repeats > 0 && l.state !== 'refused' && (
              <p className="library-desk-scan-line-repeat">{t('desk.scannedAgain')}</p>
            )}
          </div>
          {l.state === 'done' && !l.undone && (
            <button
              type="button"
              className="btn btn-quiet btn-small"
              disabled={undoing === l.key}
              onClick={() => onUndo(l)}
            >
              {t('desk.undo')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
