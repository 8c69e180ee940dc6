import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../../../electron/shared/library-office.api';
import { LabelPrinter } from '../overdue/LabelPrinter';
import { IssueTable } from './IssueTable';

/** What an import did: the counts, the columns it understood, every row skipped or warned about. */
export function ImportReportView(props: {
  report: ImportReport;
  fileName: string;
  kind: 'catalogue' | 'borrowers';
}) {
  const { report, fileName, kind } = props;
  const { t } = useTranslation('library-desk');
  const field = (f: string) => t(`import.fields.${f}`, { defaultValue: f });
  return (
    <section className="panel library-import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('import.reportTitle', { file: fileName })}</h2>
      <p
        className={report.added + report.updated + report.copiesAdded > 0 ? 'notice notice-ok' : 'notice'}
        role="status"
      >
        {kind === 'catalogue'
          ? t('import.doneCatalogue', {
              added: report.added,
              updated: report.updated,
              copies: report.copiesAdded,
            })
          : t('import.doneBorrowers', { added: report.added, updated: report.updated })}
      </p>
      <dl className="library-facts library-facts-wide">
        <div>
          <dt>{t('import.format')}</dt>
          <dd>
            {report.format.toUpperCase()}
            {report.encoding && ` · ${t(`import.encodings.${report.encoding}`)}`}
          </dd>
        </div>
        <div>
          <dt>{t('import.rows')}</dt>
          <dd>{report.rows}</dd>
        </div>
        <div>
          <dt>{t('import.added')}</dt>
          <dd>{report.added}</dd>
        </div>
        <div>
          <dt>{t('import.updated')}</dt>
          <dd>{report.updated}</dd>
        </div>
        {kind === 'catalogue' && (
          <div>
            <dt>{t('import.copiesAdded')}</dt>
            <dd>{report.copiesAdded}</dd>
          </div>
        )}
        <div>
          <dt>{t('import.skippedCount')}</dt>
          <dd className={report.skipped.length > 0 ? 'library-text-danger' : undefined}>
            {report.skipped.length}
          </dd>
        </div>
        <div>
          <dt>{t('import.warningsCount')}</dt>
          <dd>{report.warnings.length}</dd>
        </div>
      </dl>
      {report.shelvesCreated.length > 0 && (
        <p className="notice">
          {t('import.shelvesCreated', { shelves: report.shelvesCreated.join(t('common.listSeparator')) })}
        </p>
      )}
      <details className="library-import-columns">
        <summary className="btn btn-quiet btn-small">{t('import.columnsTitle')}</summary>
        <ul>
          {Object.entries(report.columns).map(([f, header]) => (
            <li key={f}>{t('import.columnAs', { field: field(f), header, row: report.headerRow })}</li>
          ))}
        </ul>
        {report.ignoredColumns.length > 0 && (
          <p>{t('import.ignored', { columns: report.ignoredColumns.join(t('common.listSeparator')) })}</p>
        )}
      </details>
      {report.skipped.length > 0 && <IssueTable caption={t('import.skippedTitle')} issues={report.skipped} />}
      {report.warnings.length > 0 && (
        <IssueTable caption={t('import.warningsTitle')} issues={report.warnings} />
      )}
      {report.newBarcodes.length > 0 && <LabelPrinter barcodes={report.newBarcodes} />}
    </section>
  );
}
