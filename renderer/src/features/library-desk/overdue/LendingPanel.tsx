import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../../components/Choice';
import { invoke } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { localDate } from '../../../../../electron/shared/dates';
import { formatDay } from '../../../lib/dates';
import { Pager } from '../../../components/Pager';
import { deskKeys } from '../shared/queries';
import { PrintSheet } from '../../../components/PrintSheet';
import { ReminderSlips } from './ReminderSlips';
import './overdue.css';
import './print.css';
import { TableWrap } from '../../../components/TableWrap';

const PAGE_SIZE = 25;

/** The overdue list (longest overdue first) or the due-soon list, and their reminder slips. */
export function LendingPanel(props: { kind: 'overdue' | 'dueSoon'; days: number }) {
  const { kind, days } = props;
  const { t, i18n } = useTranslation('library-desk');
  const errorText = useErrorText();
  const [page, setPage] = useState(0);
  const [picked, setPicked] = useState<ReadonlySet<number>>(new Set());
  const list = useQuery({
    queryKey: deskKeys.lending(`${kind}-${days}`, page),
    queryFn: () =>
      kind === 'overdue'
        ? invoke('lending.overdue', { offset: page * PAGE_SIZE, limit: PAGE_SIZE })
        : invoke('lending.dueSoon', { offset: page * PAGE_SIZE, limit: PAGE_SIZE, days }),
    placeholderData: keepPreviousData,
  });
  const slips = useMutation({
    mutationFn: () =>
      invoke('lending.reminderSlips', {
        kind,
        days,
        ...(picked.size > 0 ? { borrowerIds: [...picked] } : {}),
      }),
  });
  const rows = list.data?.rows ?? [];
  const toggle = (id: number, on: boolean) => {
    slips.reset();
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const day = (d: string) => formatDay(d, i18n.language, 'short');

  return (
    <div>
      {list.isError && (
        <p className="form-error" role="alert">
          {errorText(list.error)}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {kind === 'overdue'
          ? t('overdue.countOverdue', { count: list.data?.total ?? 0 })
          : t('overdue.countDueSoon', { count: list.data?.total ?? 0, days })}
      </p>
      {rows.length > 0 && (
        <TableWrap label={t(`overdue.tab.${kind}`)}>
          <table className="table">
            <caption className="visually-hidden">{t(`overdue.tab.${kind}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overdue.pick')}</th>
                <th scope="col">{t('borrower.name')}</th>
                <th scope="col">{t('borrowers.companyBranch')}</th>
                <th scope="col">{t('overdue.book')}</th>
                <th scope="col">{t('overdue.loaned')}</th>
                <th scope="col">{t('overdue.due')}</th>
                <th scope="col">{t('overdue.state')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.loanId}>
                  <td>
                    <Choice checked={picked.has(r.borrower.id)} onChange={(on) => toggle(r.borrower.id, on)}>
                      <span className="visually-hidden">
                        {t('overdue.pickOne', { name: r.borrower.name })}
                      </span>
                    </Choice>
                  </td>
                  <th scope="row" className="library-nowrap">
                    {r.borrower.name}
                    <span className="muted library-code library-block">{r.borrower.cardNo}</span>
                    {r.borrower.phone && <span className="muted library-block">{r.borrower.phone}</span>}
                  </th>
                  <td>
                    {r.borrower.company ?? ''}
                    {r.borrower.partyBranch && (
                      <span className="muted library-block">{r.borrower.partyBranch}</span>
                    )}
                  </td>
                  <td>
                    {r.title}
                    <span className="muted library-code library-block">{r.barcode}</span>
                  </td>
                  <td className="library-nowrap">{day(localDate(new Date(r.loanedAt)))}</td>
                  <td className="library-nowrap">{day(r.dueOn)}</td>
                  <td className={r.daysOverdue > 0 ? 'library-text-danger library-nowrap' : 'library-nowrap'}>
                    {r.daysOverdue > 0
                      ? t('desk.overdueDays', { count: r.daysOverdue })
                      : t('slips.daysLeft', { count: r.daysLeft })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pager page={page} total={list.data?.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
      {rows.length > 0 && (
        <div className="form-actions library-slips-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={slips.isPending}
            onClick={() => slips.mutate()}
          >
            {picked.size > 0 ? t('slips.makePicked', { count: picked.size }) : t('slips.makeAll')}
          </button>
          {slips.data && slips.data.slips.length > 0 && (
            <button type="button" className="btn btn-primary btn-large" onClick={() => window.print()}>
              {t('slips.print', { count: slips.data.slips.length })}
            </button>
          )}
        </div>
      )}
      {slips.isError && (
        <p className="form-error" role="alert">
          {errorText(slips.error)}
        </p>
      )}
      {slips.data && (
        <>
          <h2 className="library-preview-title">{t('slips.preview', { count: slips.data.slips.length })}</h2>
          <div className="library-screen-preview">
            <ReminderSlips slips={slips.data} />
          </div>
          <PrintSheet>
            <ReminderSlips slips={slips.data} />
          </PrintSheet>
        </>
      )}
    </div>
  );
}
