import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { Pager } from '../shared/Pager';
import { deskKeys } from '../shared/queries';
import { authorLine } from './author-line';

const PAGE_SIZE = 20;

/** Finds a title to edit: by title, author, pinyin, ISBN or a copy's barcode; the newest first when empty. */
export function TitleSearch(props: { onOpen: (id: number) => void; onAdd: () => void }) {
  const { onOpen, onAdd } = props;
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const term = q.trim();
  const results = useQuery({
    queryKey: deskKeys.search(term, page),
    queryFn: () =>
      term === ''
        ? invoke('catalogue.newArrivals', { offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        : invoke('catalogue.search', { q: term, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const rows = results.data?.rows ?? [];

  return (
    <div>
      <div className="search-bar">
        <TextField
          label={t('catalogue.search')}
          hint={t('catalogue.searchHint')}
          value={q}
          onChange={(value) => {
            setQ(value);
            setPage(0);
          }}
          maxLength={100}
          name="title-search"
        />
        <button type="button" className="btn btn-primary btn-large" onClick={onAdd}>
          {t('catalogue.addTitle')}
        </button>
      </div>
      {results.isError && (
        <p className="form-error" role="alert">
          {errorText(results.error)}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {term === '' ? t('catalogue.newest') : t('catalogue.found', { count: results.data?.total ?? 0 })}
      </p>
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('catalogue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('title.title')}</th>
                <th scope="col">{t('title.authors')}</th>
                <th scope="col">{t('title.publisher')}</th>
                <th scope="col">{t('title.isbn')}</th>
                <th scope="col">{t('catalogue.copies')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.title}
                    {r.subtitle && <span className="muted"> {r.subtitle}</span>}
                  </th>
                  <td>
                    {authorLine(r.authors, {
                      role: (role) => t(`authorRoleAfter.${role}`),
                      nationality: (n) => t('common.nationality', { nationality: n }),
                      separator: t('common.listSeparator'),
                    })}
                  </td>
                  <td>
                    {r.publisher ?? ''}
                    {r.year !== null && <span className="muted"> {r.year}</span>}
                  </td>
                  <td className="code">{r.isbn ?? ''}</td>
                  <td className="nowrap">
                    {t('catalogue.copiesInOf', { in: r.copiesIn, total: r.copiesTotal })}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => onOpen(r.id)}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {r.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} total={results.data?.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
    </div>
  );
}
