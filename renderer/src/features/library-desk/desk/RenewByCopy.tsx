import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { formatDay } from '../../../lib/dates';
import { ScanField } from '../../../components/ScanField';
import { useRefusalText } from '../shared/use-refusal-text';
import { useScanLines } from './use-scan-lines';

const renew = (barcode: string, requestId: string) => invoke('lending.renew', { barcode, requestId });
const options = { repeatWindowMs: 10 * 60_000 };

/** Renewing by scanning the books themselves: whoever has them. */
export function RenewByCopy() {
  const { t, i18n } = useTranslation('library-desk');
  const refusal = useRefusalText();
  const session = useScanLines<Loan>(renew, options);
  return (
    <div className="library-desk-step">
      <ScanField
        label={t('desk.renewBookLabel')}
        hint={t('desk.bookHint')}
        submitLabel={t('desk.renewSubmit')}
        name="renew-book"
        autoFocus
        onScan={(code) => session.scan(normaliseCode(code))}
      />
      {session.lines.length > 0 && (
        <ol className="library-desk-scan-lines" aria-live="polite" aria-label={t('desk.renewLines')}>
          {session.lines.map((l) => (
            <li key={l.key} className={`library-desk-scan-line library-desk-scan-line-${l.state}`}>
              <p className="library-desk-scan-line-state">
                {l.state === 'pending'
                  ? t('desk.working')
                  : l.state === 'done'
                    ? t('desk.renewed')
                    : t('desk.notRenewed')}
              </p>
              <div className="library-desk-scan-line-body">
                <p className="library-desk-scan-line-title">{l.result?.title ?? l.code}</p>
                {l.result && (
                  <p>
                    {t('desk.renewedFor', { name: l.result.borrower.name, card: l.result.borrower.cardNo })}
                    {' · '}
                    <strong>{t('desk.newDue', { date: formatDay(l.result.dueOn, i18n.language) })}</strong>
                  </p>
                )}
                {l.state === 'refused' && <p className="library-desk-scan-line-reason">{refusal(l.error)}</p>}
                {l.result && <p className="muted">{t('desk.barcode', { barcode: l.code })}</p>}
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
