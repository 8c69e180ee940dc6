import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOLDING, BOOKING_STATUSES, type BookingStatus } from '../../../shared/venues.types';
import { openVenues } from './venues-test-kit';

/**
 * The overlap triggers against a model: random inserts and updates written straight to SQLite
 * (as a restore script or a future screen might), on two rooms with different buffers. Each write
 * must be refused exactly when the model finds a clash, and the rooms never hold two overlapping
 * bookings, buffer included.
 */
const BUFFERS = [0, 15];
const DAY = 29_600_000; // some day, in wall minutes

interface Row {
  id: number;
  venue: number;
  start: number;
  end: number;
  status: BookingStatus;
}

const slot = fc.record({
  venue: fc.integer({ min: 0, max: 1 }),
  // Quarter hours over two days, so the look-back across midnight is exercised too.
  start: fc.integer({ min: 0, max: 190 }).map((q) => DAY + q * 15),
  length: fc.integer({ min: 1, max: 96 }).map((q) => q * 15),
  status: fc.constantFrom(...BOOKING_STATUSES),
});
const op = fc.oneof(
  slot.map((s) => ({ kind: 'insert' as const, ...s })),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), to: slot }),
);

const holds = (s: BookingStatus) => HOLDING.includes(s);
function clashes(rows: readonly Row[], x: Omit<Row, 'id'>, self: number | null): boolean {
  if (!holds(x.status)) return false;
  const buffer = BUFFERS[x.venue] ?? 0;
  return rows.some(
    (r) =>
      r.id !== self &&
      r.venue === x.venue &&
      holds(r.status) &&
      r.start < x.end + buffer &&
      x.start < r.end + buffer,
  );
}

describe('one holder per slot under random writes (fast-check)', () => {
  it('refuses exactly the writes the model finds clashing, and never holds an overlap', async () => {
    const t = await openVenues();
    const venues = BUFFERS.map((bufferMinutes) => t.room({ rules: { bufferMinutes } }));
    const db = new Database(t.dbFile);
    const insert = db.prepare(
      `INSERT INTO bookings (ref, venue_id, start_min, end_min, title, purpose, contact_name, contact_phone,
         headcount, status, source, created_at)
       VALUES (?, ?, ?, ?, 'x', 'other', 'x', '1', 1, ?, 'staff', 'now')`,
    );
    const update = db.prepare(
      'UPDATE bookings SET venue_id = ?, start_min = ?, end_min = ?, status = ? WHERE id = ?',
    );
    const overlaps = db.prepare(
      `SELECT count(*) FROM bookings a JOIN bookings b ON a.venue_id = b.venue_id AND a.id < b.id
         JOIN venues v ON v.id = a.venue_id
       WHERE a.status IN ('requested', 'approved', 'checked_in', 'completed')
         AND b.status IN ('requested', 'approved', 'checked_in', 'completed')
         AND a.start_min < b.end_min + v.buffer_minutes AND b.start_min < a.end_min + v.buffer_minutes`,
    );
    let writes = 0;
    let refused = 0;
    let ref = 0;
    try {
      fc.assert(
        fc.property(fc.array(op, { minLength: 20, maxLength: 80 }), (ops) => {
          db.exec('DELETE FROM bookings');
          const rows: Row[] = [];
          for (const o of ops) {
            const target = o.kind === 'insert' ? o : o.to;
            const x = {
              venue: target.venue,
              start: target.start,
              end: target.start + target.length,
              status: target.status,
            };
            const old = o.kind === 'update' ? rows[o.pick % Math.max(rows.length, 1)] : undefined;
            if (o.kind === 'update' && !old) continue;
            const expected = clashes(rows, x, old?.id ?? null);
            let threw = false;
            try {
              const venueId = venues[x.venue] ?? 0;
              if (old) update.run(venueId, x.start, x.end, x.status, old.id);
              else {
                const id = Number(
                  insert.run(String(++ref).padStart(8, '0'), venueId, x.start, x.end, x.status)
                    .lastInsertRowid,
                );
                rows.push({ id, ...x });
              }
              if (old) Object.assign(old, x);
            } catch (err) {
              if (!(err instanceof Error) || err.message !== 'slot_taken') throw err;
              threw = true;
              refused++;
            }
            writes++;
            expect(threw).toBe(expected);
            expect(overlaps.pluck().get()).toBe(0);
          }
        }),
        { numRuns: 200 },
      );
    } finally {
      db.close();
    }
    expect(writes).toBeGreaterThan(5000);
    // The sequences must clash often enough to test the refusal, and pass often enough to fill the rooms.
    expect(refused).toBeGreaterThan(writes / 10);
    expect(refused).toBeLessThan(writes * 0.9);
  }, 120_000);
});
