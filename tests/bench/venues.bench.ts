import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Core, silentLogger } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { venuesRepo } from '../../electron/core/features/venues/venues.repo';
import { TEST_ROOM } from '../../electron/core/features/venues/venues-test-kit';
import { addDays } from '../../electron/shared/dates';
import { wallMinutes, wallNow, wallTime } from '../../electron/shared/wall-time';
import { percentile, report, section, time } from './stats';

export const ROOMS = 20;
export const BOOKINGS = 10_000;
/** A Monday at 08:00 at the centre. */
const NOW = new Date('2026-03-02T00:00:00.000Z');
const RUNS = 300;
const REQUESTS = 300;

/**
 * 场地预约: a month's availability across 20 rooms holding 10,000 bookings (goal p95 ≤ 10 ms),
 * beside the naive scan of every booking; and a visitor's request, conflict check and insert
 * with synchronous=FULL (goal p95 ≤ 5 ms), beside a bare insert committed alone.
 */
export async function venuesBench(bookings = BOOKINGS): Promise<void> {
  section(`场地预约: ${ROOMS} rooms, ${bookings.toLocaleString('en')} bookings`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-bench-venues-'));
  const core = await Core.open({ dataDir: dir, demo: false, log: silentLogger, now: () => NOW });
  const db = openDatabase(core.dbFile);
  try {
    const repo = venuesRepo(db);
    const everyDay = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: '08:00', closes: '21:00' }));
    const rooms = Array.from({ length: ROOMS }, (_, i) =>
      repo.addVenue(
        {
          ...TEST_ROOM,
          name: `房间${i + 1}`,
          hours: everyDay,
          rules: { ...TEST_ROOM.rules, maxDaysAhead: 365 },
        },
        i,
      ),
    );
    // Two a day in each room, a year around the clock's day, written straight to the table.
    const insert = db.prepare(
      `INSERT INTO bookings (ref, venue_id, start_min, end_min, title, purpose, contact_name, contact_phone,
         headcount, status, source, created_at)
       VALUES (?, ?, ?, ?, '主题党日', 'theme_day', '王芳', '13812345678', 12, ?, 'staff', 'then')`,
    );
    const first = '2025-09-01';
    const now = wallNow(NOW);
    db.transaction(() => {
      for (let i = 0; i < bookings; i++) {
        const room = rooms[i % ROOMS] ?? 0;
        const slot = Math.floor(i / ROOMS);
        const day = addDays(first, Math.floor(slot / 2));
        const start = wallMinutes(`${day}T${slot % 2 === 0 ? '09:00' : '14:00'}`);
        insert.run(String(10_000_000 + i), room, start, start + 120, start < now ? 'completed' : 'approved');
      }
    })();

    const month = { from: '2026-03-01T00:00', to: '2026-04-01T00:00' };
    const [a, b] = [wallMinutes(month.from), wallMinutes(month.to)];
    const all = db.prepare<[], { venue_id: number; start_min: number; end_min: number; status: string }>(
      'SELECT venue_id, start_min, end_min, status FROM bookings',
    );
    const naive = () =>
      all
        .all()
        .filter(
          (r) => r.start_min < b && r.end_min > a && (r.status === 'approved' || r.status === 'completed'),
        )
        .map((r) => ({ venueId: r.venue_id, start: wallTime(r.start_min), end: wallTime(r.end_min) }));
    const naiveMs: number[] = [];
    const coreMs: number[] = [];
    let answered = 0;
    for (let i = 0; i < RUNS; i++) {
      naiveMs.push(time(naive)[1]);
      const t0 = performance.now();
      const result = await core.invoke('bookings.availability', month, 'bench');
      coreMs.push(performance.now() - t0);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      answered = (result.value as { busy: unknown[] }).busy.length;
    }
    if (answered !== naive().length)
      throw new Error(`availability gave ${answered}, the scan ${naive().length}`);
    report(
      `availability, a month × ${ROOMS} rooms (${answered} intervals), p95`,
      percentile(coreMs, 95),
      'naive scan of every booking',
      percentile(naiveMs, 95),
      '≤ 10 ms',
    );

    // Requests for free evenings in the coming weeks, each its own transaction with synchronous=FULL.
    const requestMs: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const day = addDays('2026-03-03', Math.floor(i / ROOMS));
      const t0 = performance.now();
      const result = await core.invoke(
        'bookings.request',
        {
          venueId: rooms[i % ROOMS],
          start: `${day}T18:00`,
          end: `${day}T19:00`,
          title: '读书分享会',
          purpose: 'other',
          organiser: { company: '苏州纳微科技', branch: null },
          contactName: '李明',
          contactPhone: '13900001111',
          headcount: 10,
          requestId: `bench-request-${i}`,
        },
        'bench',
      );
      requestMs.push(performance.now() - t0);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }
    const bareMs: number[] = [];
    const bare = db.prepare(
      `INSERT INTO bookings (ref, venue_id, start_min, end_min, title, purpose, contact_name, contact_phone,
         headcount, status, source, created_at)
       VALUES (?, ?, 0, 60, 'x', 'other', 'x', '1', 1, 'cancelled', 'staff', 'then')`,
    );
    for (let i = 0; i < REQUESTS; i++)
      bareMs.push(time(() => bare.run(String(20_000_000 + i), rooms[0] ?? 0))[1]);
    report(
      'a request: rules, conflict check, insert, audit, commit (synchronous=FULL), p95',
      percentile(requestMs, 95),
      'a bare insert committed alone',
      percentile(bareMs, 95),
      '≤ 5 ms',
    );
  } finally {
    db.close();
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
