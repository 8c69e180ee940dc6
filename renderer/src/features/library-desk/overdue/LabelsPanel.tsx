import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { normaliseCode } from '../shared/codes';
import { ScanField } from '../../../components/ScanField';
import { Segmented } from '../../../components/Segmented';
import { ShelfSelect } from '../shared/ShelfSelect';
import { LabelPreview } from './LabelPreview';

type Source = 'copies' | 'shelf';

/** Barcode labels (Code 128) for chosen copies, or for every copy on a shelf. */
export function LabelsPanel() {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [source, setSource] = useState<Source>('copies');
  const [barcodes, setBarcodes] = useState<string[]>([]);
  const [shelfId, setShelfId] = useState<number | null>(null);
  const labels = useMutation({
    mutationFn: () =>
      source === 'shelf'
        ? invoke('copies.labels', { shelfId: shelfId ?? 0 })
        : invoke('copies.labels', { barcodes }),
  });
  const ready = source === 'shelf' ? shelfId !== null : barcodes.length > 0;

  return (
    <div>
      <h2>{t('labels.heading')}</h2>
      <Segmented<Source>
        label={t('labels.source')}
        value={source}
        onChange={(s) => {
          setSource(s);
          labels.reset();
        }}
        options={[
          { value: 'copies', label: t('labels.fromCopies') },
          { value: 'shelf', label: t('labels.fromShelf') },
        ]}
      />
      {source === 'copies' ? (
        <>
          <ScanField
            label={t('labels.scan')}
            submitLabel={t('labels.addCopy')}
            name="label-scan"
            onScan={(code) => {
              const c = normaliseCode(code);
              setBarcodes((list) => (list.includes(c) ? list : [...list, c]));
            }}
          />
          {barcodes.length > 0 && (
            <ul className="library-code-chips" aria-label={t('labels.chosen')}>
              {barcodes.map((b) => (
                <li key={b}>
                  <button
                    type="button"
                    className="btn btn-chip btn-small"
                    onClick={() => setBarcodes((list) => list.filter((x) => x !== b))}
                  >
                    {t('labels.remove', { barcode: b })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <div className="form-row">
          <ShelfSelect label={t('labels.shelf')} value={shelfId} onChange={setShelfId} />
        </div>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={!ready || labels.isPending}
          onClick={() => labels.mutate()}
        >
          {t('labels.make')}
        </button>
      </div>
      {labels.isError && (
        <p className="form-error" role="alert">
          {errorText(labels.error)}
        </p>
      )}
      {labels.data && (
        <LabelPreview
          centreName={labels.data.centreName}
          labels={labels.data.labels}
          unknown={labels.data.unknown}
        />
      )}
    </div>
  );
}
