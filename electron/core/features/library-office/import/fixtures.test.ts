import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { importBorrowers, importCatalogue, openOffice, query } from '../testing/office-testing';

/** The sample files of tests/fixtures/import (made by make-fixtures.ts), used by e2e and the README. */
const dir = path.resolve('tests/fixtures/import');
const file = (name: string) => fs.readFileSync(path.join(dir, name));

test('the sample files import with the reports the README shows', async () => {
  const t = await openOffice();
  const gb = file('catalogue-gb18030.csv');
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();

  const holdings = await importCatalogue(t, 'catalogue-gb18030.csv', gb);
  expect(holdings).toMatchObject({
    encoding: 'gb18030',
    rows: 11,
    added: 9,
    copiesAdded: 10,
    ignoredColumns: ['价格'],
  });
  expect(holdings.skipped).toEqual([
    { row: 10, reason: 'barcode_duplicate_in_file', params: { barcode: '10000108', firstRow: 9 } },
  ]);
  expect(holdings.warnings.filter((w) => w.reason !== 'shelf_created')).toEqual([
    { row: 7, reason: 'isbn_invalid', params: { value: '978-7-02-00586' } },
  ]);
  expect(
    query(t, "SELECT status FROM copies WHERE barcode IN ('10000107', '10000110') ORDER BY barcode"),
  ).toEqual([{ status: 'lost' }, { status: 'in_repair' }]);

  const list = await importCatalogue(t, 'catalogue-utf8-bom.csv', file('catalogue-utf8-bom.csv'));
  expect(list).toMatchObject({
    encoding: 'utf-8',
    rows: 4,
    added: 4,
    copiesAdded: 7,
    shelvesCreated: ['园区职工书架'],
  });

  // 红星照耀中国 and 中国共产党简史 are already in: their copies join those titles.
  const sheet = await importCatalogue(t, 'catalogue.xlsx', file('catalogue.xlsx'));
  expect(sheet).toMatchObject({
    format: 'xlsx',
    headerRow: 3,
    rows: 4,
    added: 2,
    updated: 2,
    copiesAdded: 6,
  });
  expect(query(t, "SELECT copies_total FROM titles WHERE title = '红星照耀中国'")).toEqual([
    { copies_total: 2 },
  ]);

  const roster = await importBorrowers(t, 'borrowers.xlsx', file('borrowers.xlsx'));
  expect(roster).toMatchObject({ added: 5, skipped: [{ row: 7, reason: 'card_missing' }], warnings: [] });
});
