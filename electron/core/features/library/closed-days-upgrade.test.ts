import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase, type Db } from '../../db/database';
import { appliedVersions, migrate } from '../../db/migrations';
import { m001Library } from './migrations/001-library';
import { m002VocabularyVersion } from './migrations/002-vocabulary-version';
import { m003RequestsToPlatform } from './migrations/003-requests-to-platform';
import { m004ClosedDaysToCalendar } from './migrations/004-closed-days-to-calendar';
import { libraryFeature } from './library.feature';
import { openTestCore, tempDir, testClock } from '../../testing';
import { staffRepo } from '../../platform/auth/staff.repo';
import { m001Platform } from '../../platform/migrations/001-platform';
import { m002RequestsAuditAreaUids } from '../../platform/migrations/002-requests-audit-area-uids';
import { m001Calendar } from '../../platform/calendar/migrations/001-calendar';

/** The reading room's closed days as the last build before the calendar kept them. */
const OLD_CLOSED: [string, string | null][] = [
  ['2026-04-01', '设备检修'],
  ['2026-04-02', null],
  ['2026-10-01', '国庆节'],
  ['2027-02-05', '春节'],
];

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function addOldClosedDays(db: Db): void {
  const add = db.prepare('INSERT INTO closed_days (date, reason) VALUES (?, ?)');
  for (const [date, reason] of OLD_CLOSED) add.run(date, reason);
}

/** A data folder as the build before the calendar left it: platform 1, library 1–2, closed days. */
function legacyFolder(how: 'per-feature' | 'user_version'): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, 'hongyi.sqlite'));
  if (how === 'per-feature') {
    migrate(db, [
      { feature: 'platform', migrations: [m001Platform] },
      { feature: 'library', migrations: [m001Library, m002VocabularyVersion] },
    ]);
  } else {
    // Older still: one global list counted by user_version.
    db.transaction(() => {
      for (const m of [m001Platform, m001Library, m002VocabularyVersion]) m.up(db);
      db.pragma('user_version = 3');
    })();
  }
  staffRepo(db).insert({
    staffNo: 'admin',
    name: 'Admin',
    roles: ['admin'],
    pinHash: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  addOldClosedDays(db);
  db.close();
  return dataDir;
}

describe('closed days move from the reading room to the calendar', () => {
  it.each(['per-feature', 'user_version'] as const)(
    'upgrades a data folder (steps counted %s) in place: every closed day kept, due dates roll off them',
    async (how) => {
      const dataDir = legacyFolder(how);
      const t = await openTestCore({ dataDir, clock: testClock('2026-03-02T02:00:00.000Z') });
      expect(t.core.backups.list().map((b) => b.reason)).toEqual(['pre-migration']);
      const db = openDatabase(t.dbFile, { readonly: true });
      onTestFinished(() => {
        db.close();
      });
      expect(appliedVersions(db).get('calendar')).toBe(1);
      // Every library step ran: the drop of the old table (step 4) and any after it.
      expect(appliedVersions(db).get('library')).toBe(libraryFeature.migrations.length);
      expect(hasTable(db, 'closed_days')).toBe(false);

      await t.signIn();
      const { days } = await t.ok('calendar.days', { from: '2026-03-01', to: '2027-02-28' });
      const overrides = days.filter((d) => d.override).map((d) => [d.date, d.override?.reason ?? null]);
      expect(overrides).toEqual(OLD_CLOSED);
      expect(days.filter((d) => d.override).every((d) => d.override?.status === 'closed' && !d.open)).toBe(
        true,
      );

      // 30 days from 2 March is 1 April, closed with the 2nd: due on the 3rd.
      const shelf = await t.ok('shelves.create', { name: '书架' });
      const title = await t.ok('titles.create', { title: '红岩' });
      const copy = await t.ok('copies.add', { titleId: title.id, shelfId: shelf.id });
      await t.ok('borrowers.create', {
        cardNo: 'C001',
        name: '读者',
        type: 'employee',
        phone: '13812341234',
      });
      const line = await t.ok('lending.checkout', {
        cardNo: 'C001',
        barcode: copy.barcode,
        requestId: 'upgrade-0001',
      });
      expect(line.loan.dueOn).toBe('2026-04-03');
    },
  );

  it('a fresh data folder has the calendar and no old table', async () => {
    const t = await openTestCore();
    const db = openDatabase(t.dbFile, { readonly: true });
    onTestFinished(() => {
      db.close();
    });
    expect(hasTable(db, 'calendar_days')).toBe(true);
    expect(hasTable(db, 'closed_days')).toBe(false);
    expect(db.prepare('SELECT count(*) FROM calendar_days').pluck().get()).toBe(0);
  });

  it('the library never drops a closed day the calendar does not have: the whole upgrade stops', () => {
    const db = openDatabase(path.join(tempDir(), 'm.sqlite'));
    migrate(db, [
      { feature: 'platform', migrations: [m001Platform] },
      { feature: 'calendar', migrations: [m001Calendar] },
      { feature: 'library', migrations: [m001Library, m002VocabularyVersion] },
    ]);
    // Rows the calendar's step could not have seen (it ran before the library's table existed).
    addOldClosedDays(db);
    const plan = [
      { feature: 'platform', migrations: [m001Platform, m002RequestsAuditAreaUids] },
      { feature: 'calendar', migrations: [m001Calendar] },
      {
        feature: 'library',
        migrations: [m001Library, m002VocabularyVersion, m003RequestsToPlatform, m004ClosedDaysToCalendar],
      },
    ];
    expect(() => migrate(db, plan)).toThrow(/4 closed days are not in the calendar/);
    expect(hasTable(db, 'closed_days')).toBe(true);
    expect(db.prepare('SELECT count(*) FROM closed_days').pluck().get()).toBe(OLD_CLOSED.length);
    expect(appliedVersions(db).get('library')).toBe(2);
    db.close();
  });
});
