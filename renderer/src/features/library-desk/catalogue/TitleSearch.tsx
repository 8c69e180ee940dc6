import { useTranslation } from 'react-i18next';
import { invoke } from '../../../lib/api';
import { PagedSearch } from '../../../components/PagedSearch';
import { deskKeys } from '../shared/queries';
import { authorLine } from './author-line';
import { TableWrap } from '../../../components/TableWrap';

const PAGE_SIZE = 20;

/** Finds a title to edit: by title, author, pinyin, ISBN or a copy's barcode; the newest first when empty. */
export function TitleSearch(props: { onOpen: (id: number) => void; onAdd: () => void }) {
  const { onOpen, onAdd } = props;
  const { t } = useTranslation('library-desk');
  return (
    <PagedSearch
      search={{
        label: t('catalogue.search'),
        hint: t('catalogue.searchHint'),
        maxLength: 100,
        name: 'title-search',
      }}
      add={{ label: t('catalogue.addTitle'), onAdd }}
      pageSize={PAGE_SIZE}
      queryKey={deskKeys.search}
      fetch={(term, offset, limit) =>
        term === ''
          ? invoke('catalogue.newArrivals', { offset, limit })
          : invoke('catalogue.search', { q: term, offset, limit })
      }
      count={(term, total) => (term === '' ? t('catalogue.newest') : t('catalogue.found', { count: total }))}
    >
      {(rows) => (
        <TableWrap label={t('catalogue.caption')}>
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
                  <td className="library-code">{r.isbn ?? ''}</td>
                  <td className="library-nowrap">
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
        </TableWrap>
      )}
    </PagedSearch>
  );
}
