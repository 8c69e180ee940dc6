import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { holdsRole } from '../../../../../electron/shared/roles';
import type { ExportFile, ExportFormat } from '../../../../../electron/shared/tables.types';
import { Choice } from '../../../components/Choice';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { saveExport } from '../../../lib/download';
import { useMe } from '../../../lib/queries';

type What = 'catalogue' | 'borrowers' | 'loans';
const FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];

/**
 * The catalogue, the borrowers and the loans as spreadsheets; the catalogue file imports back as it
 * is. Borrowers and loans name people: only an admin is offered them (core refuses anyone else).
 */
export function ExportsPanel() {
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const admin = holdsRole(useMe().data?.staff?.roles ?? [], 'admin');
  const [openOnly, setOpenOnly] = useState(true);
  const run = useMutation({
    mutationFn: ({ what, format }: { what: What; format: ExportFormat }): Promise<ExportFile> => {
      if (what === 'catalogue') return invoke('catalogue.export', { format });
      if (what === 'borrowers') return invoke('borrowers.export', { format });
      return invoke('loans.export', { format, openOnly });
    },
    onSuccess: saveExport,
  });
  const row = (what: What) => (
    <div className="library-export-row" key={what}>
      <p className="library-export-name">{t(`exports.${what}`)}</p>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="btn btn-secondary"
          disabled={run.isPending}
          onClick={() => run.mutate({ what, format })}
        >
          {t('exports.as', { what: t(`exports.${what}`), format: format.toUpperCase() })}
        </button>
      ))}
    </div>
  );
  return (
    <section className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('exports.heading')}</h2>
      {row('catalogue')}
      {admin ? (
        <>
          {row('borrowers')}
          {row('loans')}
          <Choice checked={openOnly} onChange={setOpenOnly}>
            {t('exports.openOnly')}
          </Choice>
          <p className="muted">{t('exports.audited')}</p>
        </>
      ) : (
        <p className="notice">{t('exports.adminOnly')}</p>
      )}
      {run.isPending && <p role="status">{t('exports.working')}</p>}
      {run.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('exports.saved', { file: run.data.fileName })}
        </p>
      )}
      {run.isError && (
        <p className="form-error" role="alert">
          {errorText(run.error)}
        </p>
      )}
    </section>
  );
}
