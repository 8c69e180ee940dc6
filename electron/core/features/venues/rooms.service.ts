import type { Parsed } from '../../../shared';
import type { Venue } from '../../../shared/venues.types';
import { clockMinutes } from '../../../shared/wall-time';
import type { WriteCtx } from '../../context';
import type { WriteDb } from '../../db/database';
import { DomainError } from '../../errors';
import { cached } from '../../platform/sql/statements';
import { venueOrRefuse } from './bookings.service';
import { venuesRepo } from './venues.repo';

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
           purposes = ? WHERE id = ?`,
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
        id,
      );
    replaceHours(ctx.db, id, room.hours);
    saved = id;
  }
  const after = venueOrRefuse(ctx.db, saved);
  ctx.audit({ entity: 'venue', entityId: saved, before, after });
  return after;
}
