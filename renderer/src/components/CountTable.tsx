import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';
import { TableWrap } from './TableWrap';
import './count-table.css';

/**
 * Rows named by their first cell, with one or more counts and a totals row (`totalLabel`); it
 * scrolls sideways in its frame when a long title, large text or a translated heading makes it
 * wider than its panel. The statistics of every area use it.
 */
export function CountTable(props: {
  caption: string;
  nameHeading: string;
  /** A second column of words (the exhibition a recording is in). */
  extraHeading?: string;
  columns: readonly string[];
  rows: readonly { key: string; name: ReactNode; extra?: ReactNode; counts: readonly number[] }[];
  totals: readonly number[];
  totalLabel: string;
  empty: string;
}) {
  const { caption, nameHeading, extraHeading, columns, rows, totals, totalLabel, empty } = props;
  const { i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const width = 1 + (extraHeading ? 1 : 0) + columns.length;
  return (
    <TableWrap label={caption} className="count-table">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameHeading}</th>
            {extraHeading && <th scope="col">{extraHeading}</th>}
            {columns.map((c) => (
              <th key={c} scope="col" className="count-table-n">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={width}>{empty}</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              {extraHeading && <td>{r.extra}</td>}
              {r.counts.map((c, i) => (
                <td key={columns[i] ?? i} className="count-table-n">
                  {n(c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {rows.length > 0 && (
          <tfoot>
            <tr>
              <th scope="row" colSpan={extraHeading ? 2 : 1}>
                {totalLabel}
              </th>
              {totals.map((c, i) => (
                <td key={columns[i] ?? i} className="count-table-n">
                  {n(c)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </TableWrap>
  );
}
