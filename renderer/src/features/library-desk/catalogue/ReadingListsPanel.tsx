import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PublishingBadge } from '../../../components/publishing/PublishingBadge';
import { invoke } from '../../../lib/api';
import { deskKeys } from '../shared/queries';
import { ReadingListEditor, type ListDone } from './ReadingListEditor';
import { TableWrap } from '../../../components/TableWrap';

/** The curated reading lists visitors browse (推荐书单): drafts, and where each stands in review. */
export function ReadingListsPanel() {
  const { t } = useTranslation('library-desk');
  const lists = useQuery({
    queryKey: deskKeys.readingLists,
    queryFn: () => invoke('readingLists.list', {}),
  });
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [done, setDone] = useState<ListDone>(null);

  if (editing !== null) {
    return (
      <ReadingListEditor
        key={editing}
        {...(editing === 'new' ? {} : { listId: editing })}
        onDone={(result) => {
          setDone(result);
          setEditing(null);
        }}
      />
    );
  }
  const rows = lists.data ?? [];
  return (
    <div>
      <div className="section-head">
        <h2>{t('lists.heading')}</h2>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          {t('lists.add')}
        </button>
      </div>
      {done && (
        <p className="notice notice-ok" role="status">
          {t(`lists.done.${done.outcome}`, { name: done.name })}
        </p>
      )}
      {rows.length === 0 && lists.isSuccess && <p className="notice">{t('lists.none')}</p>}
      {rows.length > 0 && (
        <TableWrap label={t('lists.heading')}>
          <table className="table">
            <caption className="visually-hidden">{t('lists.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('lists.name')}</th>
                <th scope="col">{t('lists.description')}</th>
                <th scope="col">{t('lists.count')}</th>
                <th scope="col">{t('lists.state')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.name}</th>
                  <td>{l.description ?? ''}</td>
                  <td>{l.titleCount}</td>
                  <td>
                    <PublishingBadge status={l.publishing} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-secondary btn-small"
                      onClick={() => {
                        setDone(null);
                        setEditing(l.id);
                      }}
                    >
                      {t('common.edit')}
                      <span className="visually-hidden"> {l.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </div>
  );
}
