import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/TableWrap';

/** Loans and readers by one grouping (company, party branch, shelf, borrower type). */
export function GroupTable(props: {
  caption: string;
  rows: readonly { key: string; name: string; loans: number; readers?: number }[];
}) {
  const { caption, rows } = props;
  const { t } = useTranslation('library-desk');
  const showReaders = rows.some((r) => r.readers !== undefined);
  return (
    <TableWrap label={caption} className="library-stats-table">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.name')}</th>
            <th scope="col">{t('stats.loans')}</th>
            {showReaders && <th scope="col">{t('stats.readers')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={showReaders ? 3 : 2}>{t('stats.nothing')}</td>
            </tr>
          )}
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{r.loans}</td>
              {showReaders && <td>{r.readers ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
