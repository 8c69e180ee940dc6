import { useTranslation } from 'react-i18next';
import type { CopyLabel } from '../../../../../electron/shared/library-office.api';
import { LabelGrid } from './LabelGrid';
import { PrintSheet } from '../../../components/PrintSheet';
import './overdue.css';
import './print.css';

/** Labels on screen as they will print, the print button, and the barcodes the catalogue does not know. */
export function LabelPreview(props: {
  centreName: string;
  labels: readonly CopyLabel[];
  unknown: readonly string[];
}) {
  const { centreName, labels, unknown } = props;
  const { t } = useTranslation('library-desk');
  return (
    <div className="library-label-preview">
      {unknown.length > 0 && (
        <p className="notice notice-error">{t('labels.unknown', { barcodes: unknown.join(', ') })}</p>
      )}
      {labels.length === 0 ? (
        <p className="notice">{t('labels.none')}</p>
      ) : (
        <>
          <div className="form-actions">
            <p>{t('labels.ready', { count: labels.length })}</p>
            <button type="button" className="btn btn-primary btn-large" onClick={() => window.print()}>
              {t('labels.print')}
            </button>
          </div>
          <div className="library-screen-preview">
            <LabelGrid centreName={centreName} labels={labels} />
          </div>
          <PrintSheet>
            <LabelGrid centreName={centreName} labels={labels} />
          </PrintSheet>
        </>
      )}
    </div>
  );
}
