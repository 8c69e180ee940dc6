import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openTestCore, tempDir } from '../../testing';

const BORROWER_PINS_STEP = 6;

/**
 * A data folder from before borrower PINs: a centre with borrowers, step 6 taken away, and
 * self-service switched on (`on`) or never touched.
 */
async function folderBeforePins(on: boolean): Promise<string> {
  const dataDir = tempDir();
  const first = await openTestCore({ dataDir, demo: true });
  first.core.close();
  const db = new Database(first.dbFile);
  try {
    // The steps after it go too, with what they made (erasure's column).
    db.exec('DROP TABLE borrower_pins; ALTER TABLE borrowers DROP COLUMN erased_at');
    db.prepare("DELETE FROM schema_migrations WHERE feature = 'library' AND version >= ?").run(
      BORROWER_PINS_STEP,
    );
    db.prepare("DELETE FROM settings WHERE key LIKE 'library.selfService%'").run();
    if (on) db.prepare("INSERT INTO settings (key, value) VALUES ('library.selfService', 'true')").run();
  } finally {
    db.close();
  }
  return dataDir;
}

describe('borrower PINs in an older data folder', () => {
  it('leave a centre that already lent by self-service working as before: PINs asked of nobody', async () => {
    const t = await openTestCore({ dataDir: await folderBeforePins(true) });
    await t.signIn();
    expect(await t.ok('selfservice.info', {}, 'visitor')).toEqual({ enabled: true, pinRequired: false });
    const borrowers = await t.ok('borrowers.list', {});
    expect(borrowers.total).toBeGreaterThan(0);
    expect(borrowers.rows.every((b) => !b.hasPin)).toBe(true);
    const card = borrowers.rows[0]!.cardNo;
    expect((await t.ok('selfservice.borrower', { cardNo: card }, 'visitor')).pinChecked).toBe(false);
  });

  it('ask every borrower for a PIN once a centre that never used self-service switches it on', async () => {
    const t = await openTestCore({ dataDir: await folderBeforePins(false) });
    await t.signIn();
    await t.ok('settings.update', { 'library.selfService': true });
    expect(await t.ok('selfservice.info', {}, 'visitor')).toEqual({ enabled: true, pinRequired: true });
  });
});
