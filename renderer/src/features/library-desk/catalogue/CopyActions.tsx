import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { invoke } from '../../../lib/api';
import { deskKeys } from '../shared/queries';
import { ShelfSelect } from '../shared/ShelfSelect';
import { useRefusalText } from '../shared/use-refusal-text';

type Status = 'available' | 'lost' | 'in_repair';

/** What can be done to the ticked copies: move, mark lost or in repair (or back), withdraw. */
export function CopyActions(props: { barcodes: string[]; onDone: () => void }) {
  const { barcodes, onDone } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const [shelfId, setShelfId] = useState<number | null>(null);
  const [failures, setFailures] = useState<{ barcode: string; error: unknown }[]>([]);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // One call per copy where the API takes one copy: a refusal of one (on loan) does not stop the rest.
  const each = async (call: (barcode: string) => Promise<unknown>) => {
    setBusy(true);
    const failed: { barcode: string; error: unknown }[] = [];
    for (const barcode of barcodes) {
      try {
        await call(barcode);
      } catch (error) {
        failed.push({ barcode, error });
      }
    }
    setFailures(failed);
    setBusy(false);
    void queryClient.invalidateQueries({ queryKey: deskKeys.all });
    if (failed.length === 0) onDone();
  };
  const move = async () => {
    if (shelfId === null) return;
    setBusy(true);
    try {
      await invoke('copies.move', { barcodes, shelfId });
      setFailures([]);
      onDone();
    } catch (error) {
      setFailures([{ barcode: barcodes.join(', '), error }]);
    } finally {
      setBusy(false);
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
    }
  };
  const setStatus = (status: Status) =>
    void each((barcode) => invoke('copies.setStatus', { barcode, status }));

  return (
    <div
      className="library-copy-actions"
      role="group"
      aria-label={t('copies.actions', { count: barcodes.length })}
    >
      <p className="library-copy-actions-count">{t('copies.selected', { count: barcodes.length })}</p>
      <div className="library-copy-actions-row">
        <ShelfSelect label={t('copies.moveTo')} value={shelfId} onChange={setShelfId} />
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || shelfId === null || barcodes.length === 0}
          onClick={() => void move()}
        >
          {t('copies.move')}
        </button>
      </div>
      <div className="library-copy-actions-row">
        {(['lost', 'in_repair', 'available'] as const).map((s) => (
          <button
            key={s}
            type="button"
            className="btn btn-secondary"
            disabled={busy || barcodes.length === 0}
            onClick={() => setStatus(s)}
          >
            {t(`copies.markAs.${s}`)}
          </button>
        ))}
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy || barcodes.length === 0}
          onClick={() => setConfirming(true)}
        >
          {t('copies.withdraw')}
        </button>
      </div>
      {failures.length > 0 && (
        <ul className="form-error" role="alert">
          {failures.map((f) => (
            <li key={f.barcode}>{t('copies.failed', { barcode: f.barcode, reason: refusal(f.error) })}</li>
          ))}
        </ul>
      )}
      {confirming && (
        <Dialog
          labelledBy="withdraw-title"
          describedBy="withdraw-text"
          role="alertdialog"
          onClose={() => setConfirming(false)}
        >
          <h2 id="withdraw-title" className="dialog-title">
            {t('copies.withdrawTitle', { count: barcodes.length })}
          </h2>
          <p id="withdraw-text" className="dialog-text">
            {t('copies.withdrawText', { barcodes: barcodes.join(', ') })}
          </p>
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                setConfirming(false);
                void each((barcode) => invoke('copies.withdraw', { barcode }));
              }}
            >
              {t('copies.withdrawConfirm')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
