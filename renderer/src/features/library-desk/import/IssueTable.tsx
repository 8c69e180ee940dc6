import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../../../electron/shared/library-office.api';
import { issueWording } from './issue-text';
import { TableWrap } from '../../../components/TableWrap';

/** Skipped rows or warnings: the spreadsheet row and the reason, in the librarian's language. */
export function IssueTable(props: { caption: string; issues: readonly ImportIssue[] }) {
  const { caption, issues } = props;
  const { t } = useTranslation('library-desk');
  const text = (issue: ImportIssue) => {
    const { key, params } = issueWording(issue);
    const field =
      typeof params.field === 'string' && params.field !== ''
        ? t(`import.fields.${params.field}`, { defaultValue: params.field })
        : '';
    return t(`import.reasons.${key}`, { ...params, field });
  };
  return (
    <TableWrap label={caption}>
      <table className="table library-issue-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={`${issue.row}-${issue.reason}-${i}`}>
              <th scope="row">{issue.row}</th>
              <td>{text(issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
