import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURES } from '../../index';
import { isOpen } from '../../../platform/calendar/calendar.service';
import { openSharedTestCore, type SharedTestCore } from '../../../testing';
import { demoData } from './demo-data';

const count = (db: Database.Database, sql: string) => db.prepare(sql).pluck().get() as number;

describe('the demo reading room', () => {
  let t: SharedTestCore;
  let db: Database.Database;
  beforeAll(async () => {
    t = await openSharedTestCore({ demo: true });
    await t.signIn();
    db = new Database(t.dbFile, { readonly: true });
  });
  afterAll(() => {
    db.close();
    t.dispose();
  });

  it('holds the demo shelves, every demo title with 1–3 copies, the borrowers and reading lists', async () => {
    const shelves = await t.ok('catalogue.shelves', {}, 'v');
    expect(shelves.map((s) => s.name)).toEqual(demoData.shelves.map((s) => s.name));
    expect(shelves.every((s) => s.titleCount > 0)).toBe(true);
    expect(count(db, 'SELECT count(*) FROM titles')).toBe(demoData.titles.length);
    const perTitle = db.prepare('SELECT count(*) FROM copies GROUP BY title_id').pluck().all() as number[];
    expect(perTitle).toHaveLength(demoData.titles.length);
    expect(Math.min(...perTitle)).toBe(1);
    expect(Math.max(...perTitle)).toBe(3);
    expect((await t.ok('borrowers.list', { limit: 500 })).total).toBe(demoData.borrowers.length);
    const lists = await t.ok('catalogue.readingLists', {}, 'v');
    expect(lists.map((l) => l.name)).toEqual(demoData.readingLists.map((l) => l.name));
    expect(lists.every((l) => l.titleCount > 0)).toBe(true);
  });

  it('has a year of loans: most months busy, some still out, a few overdue, a reader waiting', async () => {
    const months = db
      .prepare('SELECT substr(loaned_at, 1, 7) AS m, count(*) AS n FROM loans GROUP BY m')
      .all() as { m: string; n: number }[];
    expect(months.length).toBeGreaterThanOrEqual(12);
    expect(months.filter((m) => m.n >= 20).length).toBeGreaterThanOrEqual(10);
    const open = await t.ok('lending.loans', { limit: 500 });
    expect(open.total).toBeGreaterThan(10);
    const overdue = await t.ok('lending.loans', { overdueOnly: true, limit: 500 });
    expect(overdue.total).toBeGreaterThanOrEqual(2);
    expect(overdue.total).toBeLessThan(open.total / 2);
    const holds = await t.ok('holds.list', {});
    expect(holds.rows.map((h) => h.status)).toEqual(['waiting']);
    expect(count(db, 'SELECT count(*) FROM renewals')).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(DISTINCT borrower_id) FROM loans')).toBeGreaterThan(
      demoData.borrowers.length / 2,
    );
  });

  it('counts readers and loans for the attract screen', async () => {
    const counters = await t.ok('kiosk.counters', {}, 'v');
    const value = (key: string) => counters.find((c) => c.key === key)?.value;
    expect(value('library.readers')).toBe(count(db, 'SELECT count(DISTINCT borrower_id) FROM loans'));
    expect(value('library.loans')).toBe(count(db, 'SELECT count(*) FROM loans'));
    expect(value('library.loans')).toBeGreaterThan(500);
  });

  it('has a year of kiosk visitors to go with the loans: the 服务群众 counter does not start at 0', async () => {
    const counters = await t.ok('kiosk.counters', {}, 'v');
    const visits = counters.find((c) => c.key === 'platform.visits')?.value ?? 0;
    expect(visits).toBe(count(db, 'SELECT count(*) FROM visits'));
    expect(visits).toBeGreaterThan(count(db, 'SELECT count(*) FROM loans'));
    // Local days, as the desk's loans and closed days are kept.
    const days = (sql: string) => new Set(db.prepare(sql).pluck().all() as string[]);
    const local = (column: string) => `date(${column}, 'localtime')`;
    const visitDays = days(`SELECT DISTINCT ${local('started_at')} FROM visits`);
    for (const d of days(`SELECT DISTINCT ${local('loaned_at')} FROM loans`)) expect(visitDays).toContain(d);
    // None on a day the centre's calendar has it closed (its statutory holidays, for one).
    for (const d of visitDays) expect(isOpen(db, d), d).toBe(true);
    expect(count(db, 'SELECT count(*) FROM visits WHERE ended_at IS NULL OR ended_at <= started_at')).toBe(0);
  });

  it('gives the input method the centre’s own words', () => {
    const feature = FEATURES.find((f) => f.id === 'library');
    expect(feature?.area).toBe(true);
    const words = new Set(feature?.vocabulary?.(db) ?? []);
    for (const w of [
      '红岩',
      '党史学习角',
      demoData.borrowers[0]?.company ?? '',
      demoData.borrowers[0]?.partyBranch ?? '',
    ]) {
      if (w) expect(words).toContain(w);
    }
    expect(words).toContain(demoData.titles[0]?.authors[0]?.name);
  });
});
