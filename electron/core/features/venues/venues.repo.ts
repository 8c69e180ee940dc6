import type {
  Blackout,
  Booking,
  BookingStatus,
  BusyInterval,
  Equipment,
  EventRecord,
  OpeningHours,
  Purpose,
  Venue,
} from '../../../shared/venues.types';
import { clockMinutes, wallTime } from '../../../shared/wall-time';
import type { ReadDb, WriteDb } from '../../db/database';
import { repo } from '../../db/repo';
import { cached } from '../../platform/sql/statements';

interface VenueRow {
  id: number;
  name: string;
  name_en: string | null;
  floor: string;
  capacity: number;
  equipment: string;
  min_minutes: number;
  max_minutes: number;
  max_days_ahead: number;
  min_notice_minutes: number;
  buffer_minutes: number;
  needs_approval: number;
  purposes: string;
  photos: string;
}

export interface BookingRow {
  id: number;
  ref: string;
  venue_id: number;
  start_min: number;
  end_min: number;
  title: string;
  purpose: Purpose;
  company: string | null;
  branch: string | null;
  contact_name: string;
  contact_phone: string;
  headcount: number;
  notes: string | null;
  status: BookingStatus;
  reason: string | null;
  source: 'kiosk' | 'staff';
  created_at: string;
  series_id: number | null;
}

interface BlackoutRow {
  id: number;
  venue_id: number | null;
  start_min: number;
  end_min: number;
  reason: string;
}

export type ListFilter = 'requested' | 'unrecorded' | null;

export interface RecordRow {
  attendance: number;
  summary: string;
  topic: string | null;
  absent: string | null;
  photos: string;
  recorded_at: string;
}

export const toRecord = (r: RecordRow): EventRecord => ({
  attendance: r.attendance,
  summary: r.summary,
  topic: r.topic,
  absent: r.absent,
  photos: JSON.parse(r.photos) as string[],
  recordedAt: r.recorded_at,
});

export type NewBooking = Omit<BookingRow, 'id' | 'reason'>;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function toVenue(r: VenueRow, hours: OpeningHours[]): Venue {
  return {
    id: r.id,
    name: r.name,
    nameEn: r.name_en,
    floor: r.floor,
    capacity: r.capacity,
    equipment: JSON.parse(r.equipment) as Equipment[],
    hours,
    rules: {
      minMinutes: r.min_minutes,
      maxMinutes: r.max_minutes,
      maxDaysAhead: r.max_days_ahead,
      minNoticeMinutes: r.min_notice_minutes,
      bufferMinutes: r.buffer_minutes,
      needsApproval: r.needs_approval === 1,
      purposes: JSON.parse(r.purposes) as Purpose[],
    },
    photos: JSON.parse(r.photos) as string[],
  };
}

/** Shown to everyone but venue staff: 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

export function toBooking(r: BookingRow, staff: boolean, record: EventRecord | null = null): Booking {
  return {
    id: r.id,
    ref: r.ref,
    venueId: r.venue_id,
    start: wallTime(r.start_min),
    end: wallTime(r.end_min),
    title: r.title,
    purpose: r.purpose,
    organiser: { company: r.company, branch: r.branch },
    contactName: r.contact_name,
    contactPhone: staff ? r.contact_phone : maskPhone(r.contact_phone),
    headcount: r.headcount,
    notes: r.notes,
    status: r.status,
    reason: r.reason,
    source: r.source,
    createdAt: r.created_at,
    record,
    seriesId: r.series_id,
  };
}

const HOLDING_SQL = `status IN ('requested', 'approved', 'checked_in', 'completed')`;
/**
 * Still holding at `now` (a parameter): a request past its start has expired, an approved booking
 * not checked in within the grace has been released, whether or not the write that records it has
 * run yet.
 */
const LIVE_SQL = `${HOLDING_SQL}
  AND NOT (status = 'requested' AND start_min <= @now)
  AND NOT (status = 'approved' AND start_min + @grace <= @now)`;

const BOOKING_COLUMNS = `id, ref, venue_id, start_min, end_min, title, purpose, company, branch, contact_name,
  contact_phone, headcount, notes, status, reason, source, created_at, series_id`;

/** What a change may write of a booking that has not begun. */
export type BookingChange = Pick<
  BookingRow,
  | 'start_min'
  | 'end_min'
  | 'title'
  | 'purpose'
  | 'company'
  | 'branch'
  | 'contact_name'
  | 'contact_phone'
  | 'headcount'
  | 'notes'
>;

export const venuesRepo = repo(
  (db: ReadDb) => {
    const hoursOf = (venueId: number): OpeningHours[] =>
      cached<[number], { weekday: number; opens_min: number; closes_min: number }>(
        db,
        'SELECT weekday, opens_min, closes_min FROM venue_hours WHERE venue_id = ? ORDER BY weekday',
      )
        .all(venueId)
        .map((h) => ({ weekday: h.weekday, opens: hhmm(h.opens_min), closes: hhmm(h.closes_min) }));
    const venue = (id: number): Venue | null => {
      const row = cached<[number], VenueRow>(db, 'SELECT * FROM venues WHERE id = ? AND active = 1').get(id);
      return row ? toVenue(row, hoursOf(id)) : null;
    };
    return {
      venue,
      venues: (): Venue[] =>
        cached<[], VenueRow>(db, 'SELECT * FROM venues WHERE active = 1 ORDER BY position, id')
          .all()
          .map((r) => toVenue(r, hoursOf(r.id))),
      /** The blackouts of a room (and those of every room) that touch `from`…`to`. */
      blackouts: (venueId: number | null, from: number, to: number): Blackout[] =>
        cached<[{ venue: number | null; from: number; to: number }], BlackoutRow>(
          db,
          `SELECT id, venue_id, start_min, end_min, reason FROM venue_blackouts
           WHERE start_min < @to AND end_min > @from AND (@venue IS NULL OR venue_id IS NULL OR venue_id = @venue)
           ORDER BY start_min`,
        )
          .all({ venue: venueId, from, to })
          .map((b) => ({
            id: b.id,
            venueId: b.venue_id,
            start: wallTime(b.start_min),
            end: wallTime(b.end_min),
            reason: b.reason,
          })),
      /**
       * What holds rooms between `from` and `to`. A booking is at most a day long, so the scan of
       * the (venue_id, start_min) index starts a day before `from`.
       */
      busy: (venueId: number | null, from: number, to: number, now: number, grace: number): BusyInterval[] =>
        cached<
          [{ venue: number | null; from: number; to: number; now: number; grace: number }],
          { venue_id: number; start_min: number; end_min: number; status: BookingStatus }
        >(
          db,
          `SELECT venue_id, start_min, end_min, status FROM bookings
           WHERE (@venue IS NULL OR venue_id = @venue)
             AND start_min > @from - 1440 AND start_min < @to AND end_min > @from
             AND ${LIVE_SQL}
           ORDER BY venue_id, start_min`,
        )
          .all({ venue: venueId, from, to, now, grace })
          .map((r) => ({
            venueId: r.venue_id,
            start: wallTime(r.start_min),
            end: wallTime(r.end_min),
            pending: r.status === 'requested',
          })),
      byId: (id: number) =>
        cached<[number], BookingRow>(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE id = ?`).get(id),
      byRef: (ref: string) =>
        cached<[string], BookingRow>(db, `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE ref = ?`).get(ref),
      /**
       * The bookings that touch `from`…`to`; `requested`: only requests waiting; `unrecorded`: only
       * those that held their room, began before `now` and have no event record yet.
       */
      list: (from: number, to: number, venueId: number | null, only: ListFilter, now = 0) =>
        cached<
          [{ venue: number | null; from: number; to: number; only: ListFilter; now: number }],
          BookingRow
        >(
          db,
          `SELECT ${BOOKING_COLUMNS} FROM bookings
           WHERE start_min > @from - 1440 AND start_min < @to AND end_min > @from
             AND (@venue IS NULL OR venue_id = @venue)
             AND (@only IS NULL
               OR (@only = 'requested' AND status = 'requested')
               OR (@only = 'unrecorded' AND status IN ('approved', 'checked_in', 'completed', 'no_show')
                   AND start_min <= @now
                   AND NOT EXISTS (SELECT 1 FROM booking_records r WHERE r.booking_id = bookings.id)))
           ORDER BY start_min, venue_id`,
        ).all({ venue: venueId, from, to, only, now }),
      record: (bookingId: number): EventRecord | null => {
        const r = cached<[number], RecordRow>(
          db,
          'SELECT attendance, summary, topic, absent, photos, recorded_at FROM booking_records WHERE booking_id = ?',
        ).get(bookingId);
        return r ? toRecord(r) : null;
      },
      /** Recorded events `from`…`to` (wall minutes), with their bookings, oldest first. */
      recorded: (from: number, to: number) =>
        cached<[number, number], BookingRow & RecordRow>(
          db,
          `SELECT ${BOOKING_COLUMNS.replace(/(\w+)/g, 'b.$1')}, r.attendance, r.summary, r.topic, r.absent, r.photos, r.recorded_at
           FROM bookings b JOIN booking_records r ON r.booking_id = b.id
           WHERE b.start_min >= ? AND b.start_min < ?
           ORDER BY b.start_min, b.venue_id`,
        ).all(from, to),
      /** Every booking starting `from`…`to` (wall minutes), with its record's attendance if any. */
      inPeriod: (from: number, to: number) =>
        cached<[number, number], BookingRow & { attendance: number | null }>(
          db,
          `SELECT ${BOOKING_COLUMNS.replace(/(\w+)/g, 'b.$1')}, r.attendance
           FROM bookings b LEFT JOIN booking_records r ON r.booking_id = b.id
           WHERE b.start_min >= ? AND b.start_min < ?
           ORDER BY b.start_min`,
        ).all(from, to),
      /** The attract screen's figures: events recorded and the people who came to them. */
      totals: () =>
        cached<[], { events: number; people: number }>(
          db,
          'SELECT count(*) AS events, coalesce(sum(attendance), 0) AS people FROM booking_records',
        ).get() ?? { events: 0, people: 0 },
      /**
       * The organisers of the bookings venue staff made or let hold a room (a visitor's request
       * still waiting or declined offers its names to no one), each pair once.
       */
      organisations: () =>
        cached<[], { company: string | null; branch: string | null }>(
          db,
          `SELECT DISTINCT company, branch FROM bookings
            WHERE status IN ('approved', 'checked_in', 'completed', 'no_show')
              AND (company IS NOT NULL OR branch IS NOT NULL)`,
        ).all(),
      /** Every photo of a room or an event record, named by its room or event (the media store keeps them). */
      photos: () =>
        cached<[], { media: string; label: string; kind: string }>(
          db,
          `SELECT p.value AS media, v.name AS label, 'room' AS kind FROM venues v, json_each(v.photos) p
           UNION ALL
           SELECT p.value, b.title || ' ' || b.ref, 'record' FROM booking_records r
             JOIN bookings b ON b.id = r.booking_id, json_each(r.photos) p`,
        ).all(),
      /** A series' rule and skipped dates (JSON), or undefined. */
      series: (id: number) =>
        cached<[number], { id: number; rule: string; skipped: string }>(
          db,
          'SELECT id, rule, skipped FROM booking_series WHERE id = ?',
        ).get(id),
      /** A series' dates from `from` on (wall minutes), in order. */
      seriesBookings: (seriesId: number, from: number) =>
        cached<[number, number], BookingRow>(
          db,
          `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE series_id = ? AND start_min >= ? ORDER BY start_min`,
        ).all(seriesId, from),
      refTaken: (ref: string) =>
        cached<[string], number>(db, 'SELECT 1 FROM bookings WHERE ref = ?').pluck().get(ref) !== undefined,
    };
  },
  (db: WriteDb) => ({
    insert: (b: NewBooking): number =>
      Number(
        cached(
          db,
          `INSERT INTO bookings (ref, venue_id, start_min, end_min, title, purpose, company, branch, contact_name,
             contact_phone, headcount, notes, status, source, created_at, series_id)
           VALUES (@ref, @venue_id, @start_min, @end_min, @title, @purpose, @company, @branch, @contact_name,
             @contact_phone, @headcount, @notes, @status, @source, @created_at, @series_id)`,
        ).run(b).lastInsertRowid,
      ),
    /** A series row, before its dates are booked; its skipped dates are written once they are known. */
    insertSeries: (rule: string, at: string): number =>
      Number(
        cached(db, 'INSERT INTO booking_series (rule, created_at) VALUES (?, ?)').run(rule, at)
          .lastInsertRowid,
      ),
    setSkipped: (seriesId: number, skipped: string) =>
      cached(db, 'UPDATE booking_series SET skipped = ? WHERE id = ?').run(skipped, seriesId),
    change: (id: number, c: BookingChange) =>
      cached(
        db,
        `UPDATE bookings SET start_min = @start_min, end_min = @end_min, title = @title, purpose = @purpose,
           company = @company, branch = @branch, contact_name = @contact_name, contact_phone = @contact_phone,
           headcount = @headcount, notes = @notes
         WHERE id = @id`,
      ).run({ id, ...c }),
    setStatus: (id: number, status: BookingStatus, reason: string | null, at: string) =>
      cached(
        db,
        `UPDATE bookings SET status = @status, reason = coalesce(@reason, reason),
           decided_at = CASE WHEN @status IN ('approved', 'declined') THEN @at ELSE decided_at END,
           checked_in_at = CASE WHEN @status = 'checked_in' THEN @at ELSE checked_in_at END
         WHERE id = @id`,
      ).run({ id, status, reason, at }),
    saveRecord: (bookingId: number, r: Omit<EventRecord, 'recordedAt'>, at: string) =>
      cached(
        db,
        `INSERT INTO booking_records (booking_id, attendance, summary, topic, absent, photos, recorded_at)
         VALUES (@bookingId, @attendance, @summary, @topic, @absent, @photos, @at)
         ON CONFLICT (booking_id) DO UPDATE SET attendance = excluded.attendance, summary = excluded.summary,
           topic = excluded.topic, absent = excluded.absent, photos = excluded.photos,
           recorded_at = excluded.recorded_at`,
      ).run({ bookingId, ...r, photos: JSON.stringify(r.photos), at }),
    /** Requests nobody decided before their start, and approved bookings nobody checked in. */
    lapsed: (now: number, grace: number) =>
      cached<[{ now: number; grace: number }], { id: number; status: BookingStatus }>(
        db,
        `SELECT id, status FROM bookings
         WHERE (status = 'requested' AND start_min <= @now) OR (status = 'approved' AND start_min <= @now - @grace)
            OR (status = 'checked_in' AND end_min <= @now)`,
      ).all({ now, grace }),
    addVenue: (v: Omit<Venue, 'id'>, position: number): number => {
      const id = Number(
        db
          .prepare(
            `INSERT INTO venues (name, name_en, floor, capacity, equipment, min_minutes, max_minutes, max_days_ahead,
               min_notice_minutes, buffer_minutes, needs_approval, purposes, position, photos)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            v.name,
            v.nameEn,
            v.floor,
            v.capacity,
            JSON.stringify(v.equipment),
            v.rules.minMinutes,
            v.rules.maxMinutes,
            v.rules.maxDaysAhead,
            v.rules.minNoticeMinutes,
            v.rules.bufferMinutes,
            v.rules.needsApproval ? 1 : 0,
            JSON.stringify(v.rules.purposes),
            position,
            JSON.stringify(v.photos),
          ).lastInsertRowid,
      );
      const hours = db.prepare(
        'INSERT INTO venue_hours (venue_id, weekday, opens_min, closes_min) VALUES (?, ?, ?, ?)',
      );
      for (const h of v.hours) hours.run(id, h.weekday, clockMinutes(h.opens), clockMinutes(h.closes));
      return id;
    },
  }),
);
