import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { deskKeys } from '../shared/queries';
import { ScanField } from '../../../components/ScanField';
import { ShelfSelect } from '../shared/ShelfSelect';
import { useRefusalText } from '../shared/use-refusal-text';

/** Moving a pile of books to another shelf: choose the shelf, scan each book, move them all at once. */
export function MoveByScan() {
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const [shelfId, setShelfId] = useState<number | null>(null);
  const [barcodes, setBarcodes] = useState<string[]>([]);
  const move = useMutation({
    mutationFn: () => invoke('copies.move', { barcodes, shelfId: shelfId ?? 0 }),
    onSuccess: () => {
      setBarcodes([]);
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
    },
  });
  return (
    <section className="panel library-move-by-scan" aria-labelledby="move-scan-title">
      <h3 id="move-scan-title">{t('shelves.moveHeading')}</h3>
      <p className="muted">{t('shelves.moveIntro')}</p>
      <div className="form-row">
        <ShelfSelect label={t('shelves.moveTo')} value={shelfId} onChange={setShelfId} />
      </div>
      <ScanField
        label={t('shelves.moveScan')}
        submitLabel={t('shelves.moveAdd')}
        name="move-scan"
        onScan={(code) => {
          const c = normaliseCode(code);
          setBarcodes((list) => (list.includes(c) ? list : [...list, c]));
          move.reset();
        }}
      />
      {barcodes.length > 0 && (
        <ul className="library-code-chips" aria-label={t('shelves.moveList')}>
          {barcodes.map((b) => (
            <li key={b}>
              <button
                type="button"
                className="btn btn-chip btn-small"
                onClick={() => setBarcodes((list) => list.filter((x) => x !== b))}
              >
                {t('shelves.moveRemove', { barcode: b })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {move.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('shelves.moved', { count: move.data.moved })}
        </p>
      )}
      {move.isError && (
        <p className="form-error" role="alert">
          {refusal(move.error)}
        </p>
      )}
      <button
        type="button"
        className="btn btn-primary btn-large"
        disabled={shelfId === null || barcodes.length === 0 || move.isPending}
        onClick={() => move.mutate()}
      >
        {t('shelves.moveGo', { count: barcodes.length })}
      </button>
    </section>
  );
}
