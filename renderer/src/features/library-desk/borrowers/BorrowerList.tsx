import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { Pager } from '../shared/Pager';
import { deskKeys } from '../shared/queries';

const PAGE_SIZE = 25;

/** Every borrower, by pinyin of the name; found by card number, name, company or party branch. */
export function BorrowerList(props: { onOpen: (id: number) => void; onAdd: () => void }) {
  const { onOpen, onAdd } = props;
  const { t } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const term = q.trim();
  const list = useQuery({
    queryKey: deskKeys.borrowers(term, page),
    queryFn: () =>
      invoke('borrowers.list', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(term ? { q: term } : {}) }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.rows ?? [];
  return (
    <div>
      <div className="search-bar">
        <TextField
          label={t('borrowers.search')}
          hint={t('borrowers.searchHint')}
          value={q}
          onChange={(v) => {
            setQ(v);
            setPage(0);
          }}
          maxLength={40}
          name="borrower-search"
        />
        <button type="button" className="btn btn-primary btn-large" onClick={onAdd}>
          {t('borrowers.add')}
        </button>
      </div>
      {list.isError && (
        <p className="form-error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {t('borrowers.count', { count: list.data?.total ?? 0 })}
      </p>
      {rows.length > 0 && (
        <div className="table-wrap">
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
                <tr key={b.id} className={b.active ? undefined : 'row-inactive'}>
                  <th scope="row" className="nowrap">
                    {b.name}
                    {!b.active && <span className="muted"> {t('borrowers.inactive')}</span>}
                  </th>
                  <td className="code nowrap">{b.cardNo}</td>
                  <td className="nowrap">{b.phone ?? ''}</td>
                  <td>
                    {b.company ?? ''}
                    {b.partyBranch && <span className="muted block">{b.partyBranch}</span>}
                  </td>
                  <td className="nowrap">{t(`borrowerTypes.${b.type}`)}</td>
                  <td>
                    {b.openLoans}
                    {b.overdueLoans > 0 && (
                      <span className="text-danger">
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
        </div>
      )}
      <Pager page={page} total={list.data?.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
    </div>
  );
}
