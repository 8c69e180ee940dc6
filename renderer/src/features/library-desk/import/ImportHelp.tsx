import { useTranslation } from 'react-i18next';

const CATALOGUE = [
  'title',
  'authors',
  'publisher',
  'year',
  'isbn',
  'callNumber',
  'clc',
  'barcode',
  'shelf',
  'copies',
  'summary',
  'subtitle',
  'edition',
  'pages',
  'tags',
] as const;
const BORROWERS = ['cardNo', 'name', 'phone', 'company', 'partyBranch', 'type', 'note'] as const;

/** The column names an import recognises, so the librarian can check their spreadsheet's first row. */
export function ImportHelp({ kind }: { kind: 'catalogue' | 'borrowers' }) {
  const { t } = useTranslation('library-desk');
  return (
    <details className="panel library-import-help">
      <summary className="btn btn-quiet">{t('import.helpTitle')}</summary>
      <p>{kind === 'catalogue' ? t('import.helpCatalogue') : t('import.helpBorrowers')}</p>
      <dl className="library-header-help">
        {kind === 'catalogue'
          ? CATALOGUE.map((f) => (
              <div key={f}>
                <dt>{t(`import.fields.${f}`)}</dt>
                <dd>{t(`import.headers.${f}`)}</dd>
              </div>
            ))
          : BORROWERS.map((f) => (
              <div key={f}>
                <dt>{t(`import.fields.${f}`)}</dt>
                <dd>{t(`import.headers.${f}`)}</dd>
              </div>
            ))}
      </dl>
      <p className="muted">{t('import.helpEncoding')}</p>
    </details>
  );
}
