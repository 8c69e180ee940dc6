import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../components/Choice';
import { PublishingBadge } from '../../components/publishing/PublishingBadge';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { formatDateTime } from '../../lib/format';
import { studioKeys } from './studio-queries';
import { TransferPanel } from './TransferPanel';
import { TableWrap } from '../../components/TableWrap';

/**
 * Every exhibition's draft with where it stands in review; a returned one shows the reviewer's
 * reason here already. Below, the ways in and out: a photo folder with its caption sheet, and
 * content packs of the exhibitions ticked here.
 */
export function ExhibitionList(props: { onOpen: (id: number) => void; onNew: () => void }) {
  const { onOpen, onNew } = props;
  const { t, i18n } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const drafts = useQuery({ queryKey: studioKeys.drafts, queryFn: () => invoke('exhibitions.drafts', {}) });
  const rows = drafts.data ?? [];
  const [chosen, setChosen] = useState<number[]>([]);
  const choose = (id: number, on: boolean) =>
    setChosen((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  return (
    <div className="exhibitions-studio-list">
      <p className="lead">{t('list.lead')}</p>
      <div className="exhibitions-studio-tools" role="group" aria-label={t('list.tools')}>
        <button type="button" className="btn btn-primary btn-large" onClick={onNew}>
          {t('list.new')}
        </button>
      </div>
      {drafts.isError && (
        <p className="form-error" role="alert">
          {errorText(drafts.error)}
        </p>
      )}
      {drafts.isPending && <p role="status">{t('list.loading')}</p>}
      {drafts.isSuccess && rows.length === 0 && <p className="notice">{t('list.none')}</p>}
      {rows.length > 0 && (
        // A wide table scrolls: the region takes focus so a keyboard can scroll it too (axe).
        <TableWrap label={t('list.caption')}>
          <table className="table exhibitions-studio-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.title')}</th>
                <th scope="col">{t('list.exhibits')}</th>
                <th scope="col">{t('list.updated')}</th>
                <th scope="col">{t('list.state')}</th>
                <th scope="col">{t('list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.title['zh-CN']}</th>
                  <td>{x.exhibitCount}</td>
                  <td>{formatDateTime(x.updatedAt, i18n.language)}</td>
                  <td>
                    <PublishingBadge status={x.publishing} />
                    {x.publishing.returned && (
                      <p className="exhibitions-studio-reason">
                        {t('list.returnedReason', { reason: x.publishing.returned.reason })}
                      </p>
                    )}
                  </td>
                  <td>
                    <button type="button" className="btn btn-secondary" onClick={() => onOpen(x.id)}>
                      {t('list.open')}
                      <span className="visually-hidden"> {x.title['zh-CN']}</span>
                    </button>
                    <Choice checked={chosen.includes(x.id)} onChange={(on) => choose(x.id, on)}>
                      {t('transfer.select')}
                      <span className="visually-hidden"> {x.title['zh-CN']}</span>
                    </Choice>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {/* An import stays here, its report beside the list (opening the draft would hide the refused rows). */}
      <TransferPanel
        selected={chosen.filter((id) => rows.some((x) => x.id === id))}
        onImported={() => void queryClient.invalidateQueries({ queryKey: studioKeys.drafts })}
      />
    </div>
  );
}
