import type { Parsed } from '../../../shared';
import { addDays } from '../../../shared/dates';
import { HOLDING, type Blackout, type Booking, type Venue } from '../../../shared/venues.types';
import { clockMinutes, wallMinutes, wallNow } from '../../../shared/wall-time';
import type { Ctx, WriteCtx } from '../../context';
import type { WriteDb } from '../../db/database';
import { DomainError } from '../../errors';
import { cached } from '../../platform/sql/statements';
import { checkPictures, settledStatus, venueOrRefuse } from './bookings.service';
import { toBooking, venuesRepo } from './venues.repo';

function replaceHours(db: WriteDb, id: number, hours: Venue['hours']): void {
  db.prepare('DELETE FROM venue_hours WHERE venue_id = ?').run(id);
  const add = db.prepare(
    'INSERT INTO venue_hours (venue_id, weekday, opens_min, closes_min) VALUES (?, ?, ?, ?)',
  );
  for (const h of hours) add.run(id, h.weekday, clockMinutes(h.opens), clockMinutes(h.closes));
}

/**
 * Adds a room or changes one, audited. A name is the room's for visitors and the door sign: two
 * rooms never share one (`venue_name_taken`). Bookings already made keep their times; what is asked
 * for from now on meets the new hours and rules.
 */
export function saveVenue(ctx: WriteCtx, input: Parsed<'venues.save'>): Venue {
  const { id, ...room } = input;
  const before = id === undefined ? null : venueOrRefuse(ctx.db, id);
  checkPictures(ctx.db, room.photos);
  const other = cached<[string, number], number>(ctx.db, 'SELECT id FROM venues WHERE name = ? AND id != ?')
    .pluck()
    .get(room.name, id ?? 0);
  if (other !== undefined)
    throw new DomainError('venue_name_taken', 'Another room has this name', { name: room.name });
  const repo = venuesRepo(ctx.db);
  let saved: number;
  if (id === undefined) {
    const last =
      cached<[], number>(ctx.db, 'SELECT coalesce(max(position), 0) FROM venues').pluck().get() ?? 0;
    saved = repo.addVenue(room, last + 1);
  } else {
    const { rules } = room;
    ctx.db
      .prepare(
        `UPDATE venues SET name = ?, name_en = ?, floor = ?, capacity = ?, equipment = ?, min_minutes = ?,
           max_minutes = ?, max_days_ahead = ?, min_notice_minutes = ?, buffer_minutes = ?, needs_approval = ?,
           purposes = ?, photos = ? WHERE id = ?`,
      )
      .run(
        room.name,
        room.nameEn,
        room.floor,
        room.capacity,
        JSON.stringify(room.equipment),
        rules.minMinutes,
        rules.maxMinutes,
        rules.maxDaysAhead,
        rules.minNoticeMinutes,
        rules.bufferMinutes,
        rules.needsApproval ? 1 : 0,
        JSON.stringify(rules.purposes),
        JSON.stringify(room.photos),
        id,
      );
    replaceHours(ctx.db, id, room.hours);
    saved = id;
  }
  const after = venueOrRefuse(ctx.db, saved);
  ctx.audit({ entity: 'venue', entityId: saved, before, after });
  return after;
}

/** The blackouts (one room's or every room's) that touch the days `from`…`to`. */
export function listBlackouts(ctx: Ctx, { from, to }: Parsed<'venues.blackouts'>): Blackout[] {
  return venuesRepo(ctx.db).blackouts(
    null,
    wallMinutes(`${from}T00:00`),
    wallMinutes(`${addDays(to, 1)}T00:00`),
  );
}

/**
 * Closes a room (or every room, `venueId: null`) for a time, with a reason visitors are shown.
 * Nothing can be asked for in it from then on; bookings already in it stay, and are answered
 * (`affected`) so staff can move or cancel them and tell their organisers.
 */
export function addBlackout(
  ctx: WriteCtx,
  input: Parsed<'venues.addBlackout'>,
): { blackout: Blackout; affected: Booking[] } {
  if (input.venueId !== null) venueOrRefuse(ctx.db, input.venueId);
  const start = wallMinutes(input.start);
  const end = wallMinutes(input.end);
  const id = Number(
    ctx.db
      .prepare('INSERT INTO venue_blackouts (venue_id, start_min, end_min, reason) VALUES (?, ?, ?, ?)')
      .run(input.venueId, start, end, input.reason).lastInsertRowid,
  );
  const repo = venuesRepo(ctx.db);
  const blackout = repo.blackouts(input.venueId, start, end).find((b) => b.id === id);
  if (!blackout) throw new Error('the blackout just written is not there');
  ctx.audit({ entity: 'blackout', entityId: id, after: blackout });
  const now = wallNow(ctx.now());
  const affected = repo
    .list(start, end, input.venueId, null)
    .filter((r) => HOLDING.includes(settledStatus(r, now)) && r.end_min > now)
    .map((r) => toBooking(r, true));
  return { blackout, affected };
}

/** Opens again what a blackout closed. */
export function removeBlackout(ctx: WriteCtx, id: number): { ok: true } {
  const before = cached<
    [number],
    { id: number; venue_id: number | null; start_min: number; end_min: number; reason: string }
  >(ctx.db, 'SELECT * FROM venue_blackouts WHERE id = ?').get(id);
  if (!before) throw new DomainError('not_found', 'No such blackout', { what: 'blackout' });
  ctx.db.prepare('DELETE FROM venue_blackouts WHERE id = ?').run(id);
  ctx.audit({
    entity: 'blackout',
    entityId: id,
    before: { venueId: before.venue_id, reason: before.reason },
  });
  return { ok: true };
}
