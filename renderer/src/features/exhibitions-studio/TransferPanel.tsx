import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderImportReport, PackImportReport } from '../../../../electron/shared/exhibitions.types';
import { shellTransfers, transfer } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { exportPackOverHttp, importFolderOverHttp, importPackOverHttp, isNoSheet } from './transfer-http';

type Report = { kind: 'folder'; report: FolderImportReport } | { kind: 'pack'; report: PackImportReport };

/**
 * Moving exhibitions in and out: a folder of photos with its caption sheet (the pictures are
 * stored one by one, then the sheet says what each is), and content packs to and from another
 * centre. In a browser they travel over the HTTP shell (`transfer-http.ts`); in the Electron shell
 * its main process opens its own dialogs and reads or writes the files (`transfer` in lib/api).
 */
export function TransferPanel(props: { selected: readonly number[]; onImported: (id: number) => void }) {
  const { selected, onImported } = props;
  const { t } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const folderId = useId();
  const packId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const shell = shellTransfers();

  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setReport(null);
    try {
      await work();
    } catch (err) {
      setError(isNoSheet(err) ? t('transfer.noSheet') : errorText(err));
    } finally {
      setBusy(null);
    }
  };

  /** `files` from the browser's folder input; none in Electron, whose main process reads the folder. */
  const importFolder = (files?: File[]) =>
    run(t('transfer.uploading'), async () => {
      const value = files
        ? await importFolderOverHttp(files, (n) => setBusy(t('transfer.uploadingN', { n })))
        : await transfer('exhibitions.importFolder', {});
      if (!value) return;
      setReport({ kind: 'folder', report: value });
      onImported(value.exhibitionId);
    });

  /** `file` from the browser's file input; none in Electron, whose main process opens its own dialog. */
  const importPack = (file?: File) =>
    run(t('transfer.importingPack'), async () => {
      const value = file ? await importPackOverHttp(file) : await transfer('exhibitions.importPack', {});
      if (!value) return;
      setReport({ kind: 'pack', report: value });
      const first = value.exhibitions[0];
      if (first) onImported(first.id);
    });

  const exportPack = () =>
    run(t('transfer.exporting'), async () => {
      if (shell) await transfer('exhibitions.exportPack', { ids: selected.join(',') });
      else await exportPackOverHttp(selected);
    });

  return (
    <section className="exhibitions-studio-transfer" aria-labelledby={`${folderId}-title`}>
      <h2 id={`${folderId}-title`}>{t('transfer.title')}</h2>
      <div className="exhibitions-studio-transfer-actions">
        {shell ? (
          <>
            <button
              type="button"
              className="btn btn-secondary btn-large"
              disabled={busy !== null}
              onClick={() => void importFolder()}
            >
              {t('transfer.folder')}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-large"
              disabled={busy !== null}
              onClick={() => void importPack()}
            >
              {t('transfer.importPack')}
            </button>
          </>
        ) : (
          <>
            <span className="media-pick btn btn-secondary btn-large" aria-busy={busy !== null}>
              <input
                id={folderId}
                type="file"
                className="visually-hidden"
                multiple
                disabled={busy !== null}
                ref={(input) => input?.setAttribute('webkitdirectory', '')}
                onChange={(e) => {
                  const files = [...(e.currentTarget.files ?? [])];
                  e.currentTarget.value = '';
                  if (files.length > 0) void importFolder(files);
                }}
              />
              <label htmlFor={folderId}>{t('transfer.folder')}</label>
            </span>
            <span className="media-pick btn btn-secondary btn-large" aria-busy={busy !== null}>
              <input
                id={packId}
                type="file"
                className="visually-hidden"
                accept=".zip,application/zip"
                disabled={busy !== null}
                onChange={(e) => {
                  const file = e.currentTarget.files?.[0];
                  e.currentTarget.value = '';
                  if (file) void importPack(file);
                }}
              />
              <label htmlFor={packId}>{t('transfer.importPack')}</label>
            </span>
          </>
        )}
        <button
          type="button"
          className="btn btn-secondary btn-large"
          disabled={busy !== null || selected.length === 0}
          onClick={() => void exportPack()}
        >
          {t('transfer.exportPack', { count: selected.length })}
        </button>
      </div>
      <p className="field-hint">{t('transfer.hint')}</p>
      {busy && <p role="status">{busy}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {report && <TransferReport report={report} />}
    </section>
  );
}

function TransferReport({ report }: { report: Report }) {
  const { t } = useTranslation('exhibitions-studio');
  if (report.kind === 'pack') {
    const r = report.report;
    return (
      <div className="notice notice-ok" role="status">
        <p>
          {t('transfer.packDone', {
            count: r.exhibitions.length,
            added: r.media.added,
            known: r.media.known,
          })}
        </p>
        {r.refused.length > 0 && (
          <ul>
            {r.refused.map((x) => (
              <li key={`${x.exhibit}-${x.target}`}>
                {t(`transfer.packRefusals.${x.reason}`, { target: x.target })}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const r = report.report;
  return (
    <div className="notice notice-ok" role="status">
      <p>{t('transfer.folderDone', { added: r.added, rows: r.sheet.rows })}</p>
      {r.refused.length > 0 && (
        <table className="table">
          <caption>{t('transfer.refusedTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transfer.row')}</th>
              <th scope="col">{t('transfer.file')}</th>
              <th scope="col">{t('transfer.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {r.refused.map((x, i) => (
              <tr key={i}>
                <td>{x.row ?? '—'}</td>
                <td>{x.file ?? '—'}</td>
                <td>{t(`transfer.reasons.${x.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
