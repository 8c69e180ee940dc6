import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StocktakeCopy, StocktakeResult } from '../../../../../electron/shared/library-office.api';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { deskKeys } from '../shared/queries';
import { useRefusalText } from '../shared/use-refusal-text';
import { TableWrap } from '../../../components/TableWrap';

function CopyTable(props: {
  caption: string;
  rows: readonly StocktakeCopy[];
  where?: boolean;
  action?: (c: StocktakeCopy) => ReactNode;
}) {
  const { caption, rows, where, action } = props;
  const { t } = useTranslation('library-desk');
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('copies.barcode')}</th>
            <th scope="col">{t('title.title')}</th>
            <th scope="col">{t('title.callNumber')}</th>
            {where && <th scope="col">{t('stocktake.belongs')}</th>}
            {action && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.barcode}>
              <th scope="row" className="library-code">
                {c.barcode}
              </th>
              <td>
                {c.title}
                {c.status !== 'available' && <span className="muted"> ({t(`copyStatus.${c.status}`)})</span>}
              </td>
              <td>{c.callNumber ?? ''}</td>
              {where && <td>{c.shelfName ?? t('shelves.none')}</td>}
              {action && <td>{action(c)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** What the shelf check found: missing, misplaced (and where each belongs), on loan, unknown. */
export function StocktakeResultView({ result }: { result: StocktakeResult }) {
  const { t, i18n } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const move = useMutation({
    mutationFn: (barcode: string) => invoke('copies.move', { barcodes: [barcode], shelfId: result.shelf.id }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });
  const moved = new Set(move.isSuccess && move.variables ? [move.variables] : []);
  return (
    <section className="panel" aria-labelledby="stocktake-result-title">
      <h2 id="stocktake-result-title">{t('stocktake.resultTitle', { shelf: result.shelf.name })}</h2>
      <dl className="library-facts library-facts-wide">
        {(
          [
            ['expected', result.expected],
            ['scanned', result.scanned],
            ['found', result.found.length],
            ['missing', result.missing.length],
            ['misplaced', result.misplaced.length],
            ['onLoan', result.onLoan.length],
            ['unknown', result.unknown.length],
          ] as const
        ).map(([k, n]) => (
          <div key={k}>
            <dt>{t(`stocktake.counts.${k}`)}</dt>
            <dd
              className={
                n > 0 && k !== 'found' && k !== 'expected' && k !== 'scanned'
                  ? 'library-text-danger'
                  : undefined
              }
            >
              {n}
            </dd>
          </div>
        ))}
      </dl>
      {result.missing.length === 0 &&
        result.misplaced.length === 0 &&
        result.onLoan.length === 0 &&
        result.unknown.length === 0 && <p className="notice notice-ok">{t('stocktake.allGood')}</p>}
      {result.misplaced.length > 0 && (
        <CopyTable
          caption={t('stocktake.misplaced')}
          rows={result.misplaced}
          where
          action={(c) =>
            moved.has(c.barcode) ? (
              <span className="library-text-ok">{t('stocktake.movedHere')}</span>
            ) : (
              <button
                type="button"
                className="btn btn-secondary btn-small"
                disabled={move.isPending}
                onClick={() => move.mutate(c.barcode)}
              >
                {t('stocktake.moveHere', { barcode: c.barcode })}
              </button>
            )
          }
        />
      )}
      {move.isError && (
        <p className="form-error" role="alert">
          {refusal(move.error)}
        </p>
      )}
      {result.onLoan.length > 0 && (
        <TableWrap label={t('stocktake.onLoan')}>
          <table className="table">
            <caption>{t('stocktake.onLoan')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('copies.barcode')}</th>
                <th scope="col">{t('title.title')}</th>
                <th scope="col">{t('stocktake.borrower')}</th>
                <th scope="col">{t('overdue.due')}</th>
              </tr>
            </thead>
            <tbody>
              {result.onLoan.map((c) => (
                <tr key={c.barcode}>
                  <th scope="row" className="library-code">
                    {c.barcode}
                  </th>
                  <td>{c.title}</td>
                  <td>{c.borrower ? `${c.borrower.name} (${c.borrower.cardNo})` : ''}</td>
                  <td>{c.dueOn ? formatDay(c.dueOn, i18n.language) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('stocktake.onLoanHint')}</p>
        </TableWrap>
      )}
      {result.unknown.length > 0 && (
        <p className="notice notice-error">
          {t('stocktake.unknown', { barcodes: result.unknown.join(', ') })}
        </p>
      )}
      {result.missing.length > 0 && <CopyTable caption={t('stocktake.missing')} rows={result.missing} />}
      {result.found.length > 0 && (
        <details>
          <summary className="btn btn-quiet btn-small">
            {t('stocktake.showFound', { count: result.found.length })}
          </summary>
          <CopyTable caption={t('stocktake.found')} rows={result.found} />
        </details>
      )}
    </section>
  );
}
