import { useMutation } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckoutLine } from '../../../../../electron/shared/library.api';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { newRequestId } from '../../../lib/request-id';
import { ScanField } from '../../../components/ScanField';
import { useRefusalText } from '../shared/use-refusal-text';
import { BorrowerPanel } from './BorrowerPanel';
import { LendLines } from './LendLines';
import type { ScanLine } from '../../../lib/scan-lines';
import { useBorrowerLookup } from './use-borrower-lookup';
import { useScanLines } from './use-scan-lines';

/**
 * Lending: a card, then book after book. Each book is lent the moment it is scanned, as real
 * circulation desks do, not on a final confirm: a refusal shows while the book is still in hand, and
 * nothing is half-done if the borrower walks off or the power fails before "finish". The requestId of
 * each scan makes a double scan or a retry safe; a wrong scan is taken back with its undo button.
 */
export function LendPanel() {
  const { t } = useTranslation('library-desk');
  const refusal = useRefusalText();
  const desk = useBorrowerLookup();
  const [finished, setFinished] = useState<{ name: string; count: number } | null>(null);
  const { card, refresh } = desk;

  const checkout = useCallback(
    (barcode: string, requestId: string) =>
      invoke('lending.checkout', { cardNo: card ?? '', barcode, requestId }),
    [card],
  );
  const onLent = useCallback(() => void refresh(), [refresh]);
  const session = useScanLines(checkout, { onDone: onLent });

  const undo = useMutation({
    mutationFn: (line: ScanLine<CheckoutLine>) =>
      invoke('lending.return', { barcode: line.code, requestId: newRequestId() }),
    onSuccess: (_, line) => {
      session.undo(line.key);
      void refresh();
    },
  });

  const lent = session.lines.filter((l) => l.state === 'done' && !l.undone).length;
  const finish = () => {
    setFinished({ name: desk.status?.borrower.name ?? '', count: lent });
    session.clear();
    undo.reset();
    desk.clear();
  };

  if (!desk.status) {
    return (
      <div className="library-desk-step">
        {finished && (
          <p className="notice notice-ok" role="status">
            {t('desk.finished', { name: finished.name, count: finished.count })}
          </p>
        )}
        <ScanField
          label={t('desk.cardLabel')}
          hint={t('desk.cardHint')}
          submitLabel={t('desk.cardSubmit')}
          name="card"
          autoFocus
          onScan={(code) => {
            setFinished(null);
            desk.lookup.mutate(normaliseCode(code));
          }}
        />
        {desk.lookup.isPending && <p role="status">{t('common.loading')}</p>}
        {desk.lookup.isError && (
          <p className="form-error" role="alert">
            {refusal(desk.lookup.error)}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="library-desk-columns">
      <div className="library-desk-side">
        {/* Above the borrower, so the on-screen keyboard never covers it. */}
        <button type="button" className="btn btn-primary btn-large library-desk-finish" onClick={finish}>
          {t('desk.finish', { count: lent })}
        </button>
        <BorrowerPanel status={desk.status} />
      </div>
      <div className="library-desk-main">
        <ScanField
          label={t('desk.bookLabel')}
          hint={t('desk.bookHint')}
          submitLabel={t('desk.lendSubmit')}
          name="book"
          autoFocus
          onScan={(code) => session.scan(normaliseCode(code))}
        />
        {undo.isError && (
          <p className="form-error" role="alert">
            {refusal(undo.error)}
          </p>
        )}
        <LendLines
          lines={session.lines}
          onUndo={(l) => undo.mutate(l)}
          undoing={undo.isPending ? (undo.variables?.key ?? null) : null}
        />
      </div>
    </div>
  );
}
