import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScanField } from '../../../components/ScanField';
import { ScanIcon } from '../library-icons';
import { invoke } from '../../../lib/api';
import { formatDay } from '../book/book-text';
import type { SelfCard } from './CardStep';
import { ScanLines } from './ScanLines';
import { useScanLines } from './use-scan-lines';

/**
 * Borrowing, once the card (and its PIN) is in: book after book; every line says its due date or
 * why not. The name is masked by the API; the loans are listed only when a PIN was checked.
 */
export function BorrowFlow({ card, onFinish }: { card: SelfCard; onFinish: (borrowed: number) => void }) {
  const { t, i18n } = useTranslation('library');
  const [limitLeft, setLimitLeft] = useState<number | null>(null);
  const { cardNo, pin, borrower } = card;

  const checkout = useCallback(
    async (barcode: string, requestId: string) => {
      const line = await invoke('selfservice.checkout', {
        cardNo,
        ...(pin === undefined ? {} : { pin }),
        barcode,
        requestId,
      });
      setLimitLeft(line.limitLeft);
      return line;
    },
    [cardNo, pin],
  );
  const { lines, scan, repeated, done } = useScanLines(checkout);

  const left = limitLeft ?? borrower.limitLeft;
  const refusal =
    borrower.blocked === 'overdue'
      ? t('selfService.errors.borrower_blocked')
      : borrower.blocked === 'inactive'
        ? t('selfService.errors.borrower_inactive')
        : null;
  return (
    <div className="library-self-step">
      <div className="library-self-borrower">
        <h2>{t('selfService.hello', { name: borrower.name })}</h2>
        <p className="lead">{t('selfService.loansNow', { count: borrower.loanCount + done, left })}</p>
        {!borrower.pinChecked && borrower.overdueCount > 0 && (
          <p>{t('selfService.overdueNow', { count: borrower.overdueCount })}</p>
        )}
        {borrower.loans.length > 0 && (
          <ul className="library-self-loans" aria-label={t('selfService.currentLoans')}>
            {borrower.loans.map((loan) => (
              <li key={loan.barcode} className={loan.overdue ? 'library-self-loan-overdue' : undefined}>
                {t(loan.overdue ? 'selfService.loanOverdue' : 'selfService.loanDue', {
                  title: loan.title,
                  date: formatDay(loan.dueOn, i18n.language),
                })}
              </li>
            ))}
          </ul>
        )}
      </div>
      {refusal ? (
        <p className="form-error" role="alert">
          {refusal}
        </p>
      ) : (
        <ScanField
          key="book"
          label={t('selfService.bookLabel')}
          hint={t('selfService.bookHint')}
          submitLabel={t('selfService.borrowSubmit')}
          emptyError={t('selfService.emptyCode')}
          icon={<ScanIcon />}
          huge
          autoFocus
          onScan={scan}
        />
      )}
      {repeated && (
        <p className="notice" role="status">
          {t('selfService.repeated', { code: repeated })}
        </p>
      )}
      <ScanLines
        lines={lines}
        label={t('selfService.borrowedNow')}
        render={(line) => (
          <span>
            <strong>{line.title}</strong>{' '}
            {t('selfService.dueOn', { date: formatDay(line.dueOn, i18n.language) })}
          </span>
        )}
      />
      <button
        type="button"
        className="btn btn-gold btn-huge library-self-finish"
        onClick={() => onFinish(done)}
      >
        {t('selfService.finish')}
      </button>
    </div>
  );
}
