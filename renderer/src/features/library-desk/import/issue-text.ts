import type { ImportIssue } from '../../../../../electron/shared/library-office.api';

export type IssueKey = ImportIssue['reason'] | 'barcode_invalid_row';

/**
 * Which sentence words an issue, and with what: `barcode_invalid` comes with the barcode when one
 * barcode of several was bad, and without it when the row is skipped for its barcodes as a whole.
 * Every variable a sentence may use is given (empty when the API did not send it), so no `{{…}}`
 * can ever reach the screen.
 */
export function issueWording(issue: ImportIssue): { key: IssueKey; params: Record<string, string | number> } {
  const params = issue.params ?? {};
  const key: IssueKey =
    issue.reason === 'barcode_invalid' && params.barcode === undefined ? 'barcode_invalid_row' : issue.reason;
  return {
    key,
    params: {
      value: '',
      barcode: '',
      cardNo: '',
      isbn: '',
      title: '',
      shelf: '',
      field: '',
      max: '',
      firstRow: '',
      ...params,
    },
  };
}
