import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportsPanel } from './import/ExportsPanel';
import { FilePicker } from '../../components/FilePicker';
import { ImportHelp } from './import/ImportHelp';
import { ImportReportView } from './import/ImportReportView';
import { useImport, useImportErrorText, type ImportKind } from './import/use-import';
import { Segmented } from '../../components/Segmented';
import './shared/shared.css';
import './import/import.css';

/** Import a spreadsheet of books or borrowers with a report of every row; export the data back. */
export function Component() {
  const { t } = useTranslation('library-desk');
  const importText = useImportErrorText();
  const [kind, setKind] = useState<ImportKind>('catalogue');
  const run = useImport();
  const sent = run.variables;

  return (
    <section className="library-desk" aria-labelledby="import-title">
      <h1 id="import-title">{t('sections.import')}</h1>
      <section className="panel" aria-labelledby="import-pick-title">
        <h2 id="import-pick-title">{t('import.heading')}</h2>
        <Segmented<ImportKind>
          label={t('import.kind')}
          value={kind}
          onChange={(k) => {
            setKind(k);
            run.reset();
          }}
          options={[
            { value: 'catalogue', label: t('import.kinds.catalogue') },
            { value: 'borrowers', label: t('import.kinds.borrowers') },
          ]}
        />
        <FilePicker disabled={run.isPending} onFile={(file) => run.mutate({ kind, file })} />
        {run.isPending && sent && (
          <p role="status" className="notice">
            {t('import.working', { file: sent.file.name })}
          </p>
        )}
        {run.isError && (
          <p className="form-error" role="alert">
            {sent ? t('import.failed', { file: sent.file.name }) : ''} {importText(run.error)}
          </p>
        )}
        <ImportHelp kind={kind} />
      </section>
      {run.isSuccess && sent && (
        <ImportReportView report={run.data} fileName={sent.file.name} kind={sent.kind} />
      )}
      <ExportsPanel />
    </section>
  );
}
