import { useTranslation } from 'react-i18next';
import { invoke } from '../../../lib/api';
import { PagedSearch } from '../../../components/PagedSearch';
import { deskKeys } from '../shared/queries';
import { TableWrap } from '../../../components/TableWrap';

const PAGE_SIZE = 25;

/** Every borrower, by pinyin of the name; found by card number, name, company or party branch. */
export function BorrowerList(props: { onOpen: (id: number) => void; onAdd: () => void }) {
  const { onOpen, onAdd } = props;
  const { t } = useTranslation('library-desk');
  return (
    <PagedSearch
      search={{
        label: t('borrowers.search'),
        hint: t('borrowers.searchHint'),
        maxLength: 40,
        name: 'borrower-search',
      }}
      add={{ label: t('borrowers.add'), onAdd }}
      pageSize={PAGE_SIZE}
      queryKey={deskKeys.borrowers}
      fetch={(term, offset, limit) =>
        invoke('borrowers.list', { offset, limit, ...(term ? { q: term } : {}) })
      }
      count={(_term, total) => t('borrowers.count', { count: total })}
    >
      {(rows) => (
        <TableWrap label={t('borrowers.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('borrowers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('borrower.name')}</th>
                <th scope="col">{t('borrower.cardNo')}</th>
                <th scope="col">{t('borrower.phone')}</th>
                <th scope="col">{t('borrowers.companyBranch')}</th>
                <th scope="col">{t('borrower.type')}</th>
                <th scope="col">{t('borrowers.loans')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((b) => (
                <tr key={b.id} className={b.active ? undefined : 'library-row-inactive'}>
                  <th scope="row" className="library-nowrap">
                    {b.name}
                    {!b.active && <span className="muted"> {t('borrowers.inactive')}</span>}
                    {b.hasPin && <span className="muted"> {t('borrowers.hasPin')}</span>}
                  </th>
                  <td className="library-code library-nowrap">{b.cardNo}</td>
                  <td className="library-nowrap">{b.phone ?? ''}</td>
                  <td>
                    {b.company ?? ''}
                    {b.partyBranch && <span className="muted library-block">{b.partyBranch}</span>}
                  </td>
                  <td className="library-nowrap">{t(`borrowerTypes.${b.type}`)}</td>
                  <td>
                    {b.openLoans}
                    {b.overdueLoans > 0 && (
                      <span className="library-text-danger">
                        {' '}
                        {t('borrowers.overdue', { count: b.overdueLoans })}
                      </span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => onOpen(b.id)}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {b.name}</span>
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
