import { describe, expect, it } from 'vitest';
import { issueWording } from './issue-text';

describe('import issue wording', () => {
  it('words a bad barcode of a row as a whole when no barcode is named', () => {
    expect(issueWording({ row: 4, reason: 'barcode_invalid' }).key).toBe('barcode_invalid_row');
    expect(issueWording({ row: 4, reason: 'barcode_invalid', params: { barcode: 'X Y' } }).key).toBe(
      'barcode_invalid',
    );
  });

  it('gives every variable a value, the API’s own first', () => {
    const { params } = issueWording({
      row: 9,
      reason: 'barcode_duplicate_in_file',
      params: { barcode: 'B1', firstRow: 3 },
    });
    expect(params).toMatchObject({ barcode: 'B1', firstRow: 3, value: '', title: '' });
  });
});
