// No zod here: the renderer takes these values at run time.

/**
 * What a booking is for, as branches name their meetings: 主题党日; the four kinds of 三会一课
 * (支部党员大会, 支委会, 党小组会, 党课); 理论学习中心组; training; 现场教学; 创客沙龙; volunteering.
 */
export const PURPOSES = [
  'theme_day',
  'branch_assembly',
  'branch_committee',
  'party_group',
  'party_lecture',
  'study_group',
  'training',
  'onsite_teaching',
  'maker_salon',
  'volunteer',
  'other',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The purposes that are 三会一课: their records carry attendance and a topic for the branch's register. */
export const THREE_MEETINGS: readonly Purpose[] = [
  'branch_assembly',
  'branch_committee',
  'party_group',
  'party_lecture',
];

/** How many photos a room, or an event record, keeps. */
export const PHOTOS_MAX = 12;

/** Bookings start and end on the quarter hour: what a calendar offers, and what people say. */
export const BOOKING_STEP_MINUTES = 15;

export const EQUIPMENT = ['projector', 'microphones', 'screen', 'flag_wall', 'tea'] as const;
export type Equipment = (typeof EQUIPMENT)[number];

/**
 * requested → approved or declined → checked_in → completed; or cancelled, no_show (not checked
 * in in time) or expired (a request nobody decided before it would have begun).
 */
export const BOOKING_STATUSES = [
  'requested',
  'approved',
  'declined',
  'checked_in',
  'completed',
  'cancelled',
  'no_show',
  'expired',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The states in which a booking holds its room: no two of them overlap (with the room's buffer). */
export const HOLDING: readonly BookingStatus[] = ['requested', 'approved', 'checked_in', 'completed'];

/**
 * A time at the centre, Asia/Shanghai wall clock, `YYYY-MM-DDTHH:mm` with no zone: what a secretary
 * says on the phone. China keeps no daylight saving, so it is a fixed offset from UTC.
 */
export type WallTime = string;

/** One weekday's opening: `HH:mm` to `HH:mm`; a weekday not listed is closed. */
export interface OpeningHours {
  /** 0 for Sunday … 6 for Saturday. */
  weekday: number;
  opens: string;
  closes: string;
}

export interface VenueRules {
  minMinutes: number;
  maxMinutes: number;
  /** How many days ahead a visitor may ask. */
  maxDaysAhead: number;
  /** How long before its start a visitor's request must come. */
  minNoticeMinutes: number;
  /** Kept free between two bookings (setting up, clearing the tea). */
  bufferMinutes: number;
  /** A visitor's request waits for venue staff; without, it is approved at once if the slot is free. */
  needsApproval: boolean;
  /** The purposes the room takes; all when empty. */
  purposes: Purpose[];
}

export interface Venue {
  id: number;
  name: string;
  nameEn: string | null;
  floor: string;
  capacity: number;
  equipment: Equipment[];
  hours: OpeningHours[];
  rules: VenueRules;
  /** Media ids of the room's photos, in order (at most {@link PHOTOS_MAX}). */
  photos: string[];
}

/** What a visitor may know of a taken slot: when, not who. */
export interface BusyInterval {
  venueId: number;
  start: WallTime;
  end: WallTime;
  /** A request still waiting for staff (it holds the slot all the same). */
  pending: boolean;
}

/** A blackout: the room (or every room, `venueId` null) is not to be booked, with a reason. */
export interface Blackout {
  id: number;
  venueId: number | null;
  start: WallTime;
  end: WallTime;
  reason: string;
}

export interface Availability {
  busy: BusyInterval[];
  blackouts: Blackout[];
}

export interface Organiser {
  company: string | null;
  branch: string | null;
}

/** What happened, recorded by venue staff after the event. */
export interface EventRecord {
  attendance: number;
  summary: string;
  /** For 三会一课: the meeting's topic and who was absent (names, as written). */
  topic: string | null;
  absent: string | null;
  /** Media ids of the photos taken at the event, in order (at most {@link PHOTOS_MAX}). */
  photos: string[];
  recordedAt: string;
}

export interface Booking {
  id: number;
  /** The number a visitor keeps: eight digits. */
  ref: string;
  venueId: number;
  start: WallTime;
  end: WallTime;
  title: string;
  purpose: Purpose;
  organiser: Organiser;
  contactName: string;
  /** Masked (138****5678) to everyone but venue staff. */
  contactPhone: string;
  headcount: number;
  notes: string | null;
  status: BookingStatus;
  /** Why it was declined or cancelled. */
  reason: string | null;
  /** `kiosk`: a visitor asked; `staff`: venue staff booked it. */
  source: 'kiosk' | 'staff';
  createdAt: string;
  /** The event record, once venue staff wrote it (bookings.list only; null elsewhere). */
  record: EventRecord | null;
  /** The series it is a date of (a recurring booking), or null. */
  seriesId: number | null;
}

/** The refusals for which a series skips a date rather than refusing the whole series. */
export const SKIP_CODES = ['slot_taken', 'closed_day', 'outside_hours', 'too_short_notice'] as const;

/** A date of a series that could not be held, and why: listed to staff, never dropped silently. */
export interface SkippedDate {
  start: WallTime;
  end: WallTime;
  code: (typeof SKIP_CODES)[number];
  /** The holiday, the blackout's reason, or the room's hours (`09:00–17:00`; null when closed all day). */
  reason: string | null;
}

/** What `bookings.create` made: one booking, or a series' dates and the dates it skipped. */
export interface CreatedBookings {
  seriesId: number | null;
  bookings: Booking[];
  skipped: SkippedDate[];
}

/** A recurring booking: its rule (RRULE), its dates, and the dates it skipped when it was made. */
export interface BookingSeries {
  id: number;
  rule: string;
  bookings: Booking[];
  skipped: SkippedDate[];
}

/** Events recorded and their participants, for one month, purpose, company or branch (`key`). */
export interface ReportLine {
  key: string;
  events: number;
  participants: number;
}

/** A room over the period: its events, and its use (minutes booked of the minutes it was open). */
export interface RoomUse {
  venueId: number;
  name: string;
  events: number;
  participants: number;
  minutesBooked: number;
  minutesOpen: number;
}

/**
 * 场地统计 over `from`…`to` (dates): events are recorded events (as in the 活动台账); `held` are the
 * bookings that were to be held by now (the no-show rate's base); minutes booked count every
 * booking that kept its room, no-shows too, ahead of today as well.
 */
export interface VenueReport {
  from: string;
  to: string;
  totals: {
    events: number;
    participants: number;
    held: number;
    noShows: number;
    minutesBooked: number;
    minutesOpen: number;
  };
  perMonth: ReportLine[];
  byPurpose: ReportLine[];
  byCompany: ReportLine[];
  byBranch: ReportLine[];
  byRoom: RoomUse[];
}

/** A room's calendar file covers at most about three months. */
export const ICS_MAX_DAYS = 92;
/** The longest period a report covers: a year and a day. */
export const REPORT_MAX_DAYS = 366;

/** Which dates of a series a change reaches: this one, this one and the later ones, or all of them. */
export const SERIES_SCOPES = ['one', 'following', 'all'] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

/** What a visitor sees of a request by its reference number: nothing personal. */
export interface BookingStatusView {
  ref: string;
  venueId: number;
  venueName: string;
  start: WallTime;
  end: WallTime;
  status: BookingStatus;
  /** The reason given when declined or cancelled. */
  reason: string | null;
}

export interface RequestAnswer {
  id: number;
  ref: string;
  status: BookingStatus;
}

/**
 * One booking as a door sign or the lobby board shows it: what and who (the branch, or the company),
 * never the contact. A request still waiting shows only that the time is asked for.
 */
export interface BoardEntry {
  venueId: number;
  start: WallTime;
  end: WallTime;
  status: BookingStatus;
  title: string | null;
  purpose: Purpose | null;
  organiser: string | null;
}

export const TITLE_MAX = 60;
export const SUMMARY_MAX = 1000;
export const NAME_MAX = 40;
export const NOTES_MAX = 500;
export const REASON_MAX = 200;
/** The longest any booking may be: a day (which also bounds the overlap check). */
export const LONGEST_BOOKING_MINUTES = 24 * 60;
/** Check-in opens this long before the start; a booking not checked in this long after it is a no-show. */
export const CHECK_IN_MINUTES = 30;
/** The most dates a series may have (weekly for a year, with room to spare). */
export const MAX_OCCURRENCES = 60;
/** A series ends within this many days of its first date. */
export const SERIES_MAX_DAYS = 366;
/** Availability asked for at once: about a month and a half. */
export const MAX_AVAILABILITY_DAYS = 45;
