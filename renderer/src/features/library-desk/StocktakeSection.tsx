import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../lib/api';
import { useDraft } from '../../lib/drafts';
import { useErrorText } from '../../lib/error-text';
import { normaliseCode } from './shared/codes';
import { ScanField } from '../../components/ScanField';
import { ShelfSelect } from './shared/ShelfSelect';
import { StocktakeResultView } from './stocktake/StocktakeResultView';
import './shared/shared.css';
import './stocktake/stocktake.css';

interface StocktakeDraft {
  shelfId: number | null;
  barcodes: string[];
}
const EMPTY: StocktakeDraft = { shelfId: null, barcodes: [] };
const SHOWN = 12;

/**
 * Stocktake of one shelf: scan every book standing on it, then compare with the catalogue. The scans
 * are kept as a draft, so a reload halfway along a long shelf loses nothing, nor does the idle reset
 * while the librarian fetches the next cart (barcodes name nobody).
 */
export function Component() {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [draft, change, discard] = useDraft<StocktakeDraft>('library-desk.stocktake', EMPTY, {
    keepAtReset: true,
  });
  const check = useMutation({
    mutationFn: () => invoke('stocktake.check', { shelfId: draft.shelfId ?? 0, barcodes: draft.barcodes }),
  });
  const { barcodes } = draft;

  return (
    <section className="library-desk" aria-labelledby="stocktake-title">
      <h1 id="stocktake-title">{t('sections.stocktake')}</h1>
      <p className="lead">{t('stocktake.intro')}</p>
      <div className="panel">
        <div className="form-row">
          <ShelfSelect
            label={t('stocktake.shelf')}
            value={draft.shelfId}
            onChange={(shelfId) => {
              change({ shelfId });
              check.reset();
            }}
          />
        </div>
        {draft.shelfId !== null && (
          <>
            <ScanField
              label={t('stocktake.scan')}
              hint={t('stocktake.scanHint')}
              submitLabel={t('stocktake.add')}
              name="stocktake-scan"
              autoFocus
              onScan={(code) => {
                const c = normaliseCode(code);
                if (!barcodes.includes(c)) change({ barcodes: [...barcodes, c] });
                check.reset();
              }}
            />
            <p className="library-stocktake-count" aria-live="polite">
              {t('stocktake.scannedCount', { count: barcodes.length })}
            </p>
            {barcodes.length > 0 && (
              <ol className="library-code-list" aria-label={t('stocktake.lastScanned')}>
                {barcodes
                  .slice(-SHOWN)
                  .reverse()
                  .map((b) => (
                    <li key={b} className="library-code">
                      {b}
                    </li>
                  ))}
              </ol>
            )}
            <div className="form-actions">
              <button
                type="button"
                className="btn btn-primary btn-large"
                disabled={check.isPending}
                onClick={() => check.mutate()}
              >
                {t('stocktake.finish')}
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={barcodes.length === 0}
                onClick={() => change({ barcodes: barcodes.slice(0, -1) })}
              >
                {t('stocktake.undoLast')}
              </button>
              <button
                type="button"
                className="btn btn-quiet"
                onClick={() => {
                  discard();
                  check.reset();
                }}
              >
                {t('stocktake.restart')}
              </button>
            </div>
          </>
        )}
      </div>
      {check.isError && (
        <p className="form-error" role="alert">
          {errorText(check.error)}
        </p>
      )}
      {check.data && <StocktakeResultView result={check.data} />}
    </section>
  );
}
