import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Choice } from '../../../components/Choice';
import { invoke } from '../../../lib/api';
import { formatDay } from '../../../lib/dates';
import { deskKeys } from '../shared/queries';
import { useErrorText } from '../../../lib/error-text';
import { AddCopyForm } from './AddCopyForm';
import { CopyActions } from './CopyActions';
import { TableWrap } from '../../../components/TableWrap';

/** A title's copies: where each stands and in what state; tick some to move, mark or withdraw them. */
export function CopiesPanel({ titleId }: { titleId: number }) {
  const { t, i18n } = useTranslation('library-desk');
  const errorText = useErrorText();
  const copies = useQuery({
    queryKey: deskKeys.copies(titleId),
    queryFn: () => invoke('copies.list', { titleId }),
  });
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const rows = copies.data ?? [];
  const toggle = (barcode: string, on: boolean) =>
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(barcode);
      else next.delete(barcode);
      return next;
    });
  const mostShelf = rows.find((c) => c.shelfId !== null)?.shelfId ?? null;

  return (
    <section className="panel library-copies-panel" aria-labelledby="copies-title">
      <h2 id="copies-title">{t('copies.heading', { count: rows.length })}</h2>
      {copies.isError && (
        <p className="form-error" role="alert">
          {errorText(copies.error)}
        </p>
      )}
      {rows.length > 0 && (
        <TableWrap label={t('copies.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('copies.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('copies.pick')}</th>
                <th scope="col">{t('copies.barcode')}</th>
                <th scope="col">{t('copies.shelf')}</th>
                <th scope="col">{t('copies.status')}</th>
                <th scope="col">{t('copies.note')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Choice checked={picked.has(c.barcode)} onChange={(on) => toggle(c.barcode, on)}>
                      <span className="visually-hidden">{t('copies.pickOne', { barcode: c.barcode })}</span>
                    </Choice>
                  </td>
                  <th scope="row" className="library-code">
                    {c.barcode}
                  </th>
                  <td>{c.shelfName ?? t('shelves.none')}</td>
                  <td>
                    {t(`copyStatus.${c.status}`)}
                    {c.dueBack && (
                      <span className="muted">
                        {' '}
                        {t('copies.dueBack', { date: formatDay(c.dueBack, i18n.language) })}
                      </span>
                    )}
                  </td>
                  <td>{c.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {picked.size > 0 && <CopyActions barcodes={[...picked]} onDone={() => setPicked(new Set())} />}
      <AddCopyForm key={mostShelf ?? 0} titleId={titleId} defaultShelf={mostShelf} />
    </section>
  );
}
