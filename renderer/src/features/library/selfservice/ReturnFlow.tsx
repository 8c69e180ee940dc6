import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ScanField } from '../../../components/ScanField';
import { ScanIcon } from '../library-icons';
import { invoke } from '../../../lib/api';
import { ScanLines } from './ScanLines';
import { useScanLines } from './use-scan-lines';

/** Returning: no card needed, book after book; a reserved book goes to the desk, not the shelf. */
export function ReturnFlow({ onFinish }: { onFinish: (returned: number) => void }) {
  const { t } = useTranslation('library');
  const giveBack = useCallback(
    (barcode: string, requestId: string) => invoke('selfservice.return', { barcode, requestId }),
    [],
  );
  const { lines, scan, repeated, done } = useScanLines(giveBack);
  return (
    <div className="library-self-step">
      <h2>{t('selfService.returnStep')}</h2>
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
