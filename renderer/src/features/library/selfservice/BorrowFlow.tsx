import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScanField } from '../../../components/ScanField';
import { ScanIcon } from '../library-icons';
import type { SelfServiceBorrower } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import { formatDay } from '../book/book-text';
import { ScanLines } from './ScanLines';
import { useSelfServiceError } from './self-service-errors';
import { useScanLines } from './use-scan-lines';

/** Borrowing: the card first, then book after book; every line says its due date or why not. */
export function BorrowFlow({ onFinish }: { onFinish: (borrowed: number) => void }) {
  const { t, i18n } = useTranslation('library');
  const errorText = useSelfServiceError();
  const [card, setCard] = useState<{ cardNo: string; borrower: SelfServiceBorrower } | null>(null);
  const [cardError, setCardError] = useState<string | null>(null);
  const [limitLeft, setLimitLeft] = useState<number | null>(null);

  const checkout = useCallback(
    async (barcode: string, requestId: string) => {
      if (!card) throw new Error('no card');
      const line = await invoke('selfservice.checkout', { cardNo: card.cardNo, barcode, requestId });
      setLimitLeft(line.limitLeft);
      return line;
    },
    [card],
  );
  const { lines, scan, repeated, done } = useScanLines(checkout);

  const readCard = (cardNo: string) => {
    setCardError(null);
    invoke('selfservice.borrower', { cardNo }).then(
      (borrower) => setCard({ cardNo, borrower }),
      (error: unknown) => setCardError(errorText(error)),
    );
  };

  if (!card) {
    return (
      <div className="library-self-step">
        <h2>{t('selfService.cardStep')}</h2>
        <ScanField
          key="card"
          label={t('selfService.cardLabel')}
          hint={t('selfService.cardHint')}
          submitLabel={t('selfService.cardSubmit')}
          emptyError={t('selfService.emptyCode')}
          icon={<ScanIcon />}
          huge
          autoFocus
          onScan={readCard}
        />
        {cardError && (
          <p className="form-error" role="alert">
            {cardError}
          </p>
        )}
      </div>
    );
  }

  const { borrower } = card;
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
        <p className="lead">{t('selfService.loansNow', { count: borrower.loans.length + done, left })}</p>
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
