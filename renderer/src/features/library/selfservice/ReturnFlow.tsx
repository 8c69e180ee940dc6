import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ScanField } from '../../../components/ScanField';
import { ScanIcon } from '../library-icons';
import { invoke } from '../../../lib/api';
import type { SelfCard } from './CardStep';
import { ScanLines } from './ScanLines';
import { useScanLines } from './use-scan-lines';

/**
 * Returning, once the card (and its PIN) is in: book after book, only the card's own loans (a
 * barcode can be typed by anyone); a reserved book goes to the desk, not the shelf.
 */
export function ReturnFlow({ card, onFinish }: { card: SelfCard; onFinish: (returned: number) => void }) {
  const { t } = useTranslation('library');
  const { cardNo, pin, borrower } = card;
  const giveBack = useCallback(
    (barcode: string, requestId: string) =>
      invoke('selfservice.return', { cardNo, ...(pin === undefined ? {} : { pin }), barcode, requestId }),
    [cardNo, pin],
  );
  const { lines, scan, repeated, done } = useScanLines(giveBack);
  return (
    <div className="library-self-step">
      <div className="library-self-borrower">
        <h2>{t('selfService.hello', { name: borrower.name })}</h2>
        <p className="lead">{t('selfService.returnStep')}</p>
      </div>
      <ScanField
        label={t('selfService.bookLabel')}
        hint={t('selfService.bookHint')}
        submitLabel={t('selfService.returnSubmit')}
        emptyError={t('selfService.emptyCode')}
        icon={<ScanIcon />}
        huge
        autoFocus
        onScan={scan}
      />
      {repeated && (
        <p className="notice" role="status">
          {t('selfService.repeated', { code: repeated })}
        </p>
      )}
      <ScanLines
        lines={lines}
        label={t('selfService.returnedNow')}
        render={(line) => (
          <span>
            <strong>{line.title}</strong> {t('selfService.returnedLine')}
            {line.wasOverdue && <span className="library-self-note"> {t('selfService.wasOverdue')}</span>}
            <span className="library-self-note">
              {' '}
              {line.toHoldShelf ? t('selfService.toDesk') : t('selfService.toReturnCart')}
            </span>
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
