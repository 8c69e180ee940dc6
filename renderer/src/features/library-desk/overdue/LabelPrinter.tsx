import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { LabelPreview } from './LabelPreview';
import './overdue.css';

/** Labels for given copies (those an import has just added). */
export function LabelPrinter({ barcodes }: { barcodes: readonly string[] }) {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const labels = useMutation({
    mutationFn: () => invoke('copies.labels', { barcodes: barcodes.slice(0, 2000) }),
  });
  return (
    <div className="library-label-printer">
      {!labels.data && (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={labels.isPending}
          onClick={() => labels.mutate()}
        >
          {t('labels.forNew', { count: barcodes.length })}
        </button>
      )}
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
