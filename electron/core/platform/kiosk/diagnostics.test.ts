import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../log';
import { openTestCore } from '../../testing';

const MINUTE = 60_000;
const report = { message: 'TypeError: x is undefined', route: '/library' };

describe('diagnostics.logError', () => {
  it('takes ten reports a minute from one client, then refuses until the minute has passed', async () => {
    const t = await openTestCore();
    const device = t.lanDevice('192.168.1.50');
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await t.invoke('diagnostics.logError', report, 'lan', device);
      codes.push(r.ok ? 'ok' : r.error.code);
    }
    expect(codes).toEqual([...Array<string>(10).fill('ok'), 'too_many_requests', 'too_many_requests']);
    // Another client, the hub's own screen among them, is not affected.
    await t.ok('diagnostics.logError', report, 'v');
    const other = await t.invoke('diagnostics.logError', report, 'lan2', t.lanDevice('192.168.1.51'));
    expect(other.ok).toBe(true);
    t.clock.advance(MINUTE);
    expect((await t.invoke('diagnostics.logError', report, 'lan', device)).ok).toBe(true);
  });

  it('keeps the newest 500 reports, so the table cannot fill the disk', async () => {
    const t = await openTestCore();
    for (let i = 0; i < 520; i++) {
      await t.ok('diagnostics.logError', { message: `error ${i}`, stack: 's'.repeat(8000) }, 'v');
      t.clock.advance(MINUTE / 10);
    }
    const db = new Database(t.dbFile, { readonly: true });
    const count = db.prepare('SELECT count(*) FROM client_errors').pluck().get();
    const oldest = db.prepare('SELECT message FROM client_errors ORDER BY id LIMIT 1').pluck().get();
    const longest = db.prepare('SELECT max(length(stack)) AS n FROM client_errors').pluck().get();
    db.close();
    expect([count, oldest]).toEqual([500, 'error 20']);
    expect(longest).toBeLessThanOrEqual(4000);
  });

  it('writes one bounded line to the log however long the report', async () => {
    const lines: string[] = [];
    const capture: Logger = {
      info: () => {},
      warn: () => {},
      error: (m, ...rest) => lines.push([m, ...rest.map(String)].join(' ')),
    };
    const t = await openTestCore({ log: capture });
    await t.ok('diagnostics.logError', {
      message: 'm'.repeat(2000),
      stack: 's'.repeat(8000),
      route: 'r'.repeat(300),
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.length).toBeLessThanOrEqual(2500);
  });
});
