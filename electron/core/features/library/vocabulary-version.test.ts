import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLibrary } from './library-test-kit';
import { libraryVocabularyVersion } from './library.stats';

describe('the vocabulary version the input method watches', () => {
  it('moves when a word changes, not when a visitor comes or a book is lent', async () => {
    const t = await openLibrary();
    const db = new Database(t.dbFile, { readonly: true });
    const version = () => libraryVocabularyVersion(db);
    try {
      const start = version();
      const { id, barcodes } = await t.title('红岩', 1);
      const afterTitle = version();
      expect(afterTitle).not.toBe(start);

      await t.borrower('A1');
      const afterBorrower = version();
      await t.ok('visits.begin', { language: 'zh-CN' });
      await t.ok('lending.checkout', { cardNo: 'A1', barcode: barcodes[0]!, requestId: t.rid() });
      expect(version()).toBe(afterBorrower);

      await t.ok('titles.update', { id, title: '红岩（纪念版）' });
      expect(version()).not.toBe(afterBorrower);
    } finally {
      db.close();
      t.core.close();
    }
  });
});
