// No zod here: the renderer takes these values at run time.

/**
 * China's statutory holidays, by the English name the State Council schedule gives them (as the
 * `chinese-days` package spells it), so each screen can name them in its own language.
 */
export const HOLIDAYS = {
  "New Year's Day": 'new_year',
  'Spring Festival': 'spring_festival',
  'Tomb-sweeping Day': 'tomb_sweeping',
  'Labour Day': 'labour_day',
  'Dragon Boat Festival': 'dragon_boat',
  'Mid-autumn Festival': 'mid_autumn',
  'National Day': 'national_day',
  'Anti-Fascist 70th Day': 'victory_70',
} as const;
export type HolidayId = (typeof HOLIDAYS)[keyof typeof HOLIDAYS];

/** What the State Council's schedule says of a day, when it says anything. */
export interface StatutoryDay {
  /** `holiday`: a day off; `workday`: a weekend day worked to make up for one (调休上班). */
  kind: 'holiday' | 'workday';
  /** Null for a holiday this build has no name of its own for: show `name`. */
  id: HolidayId | null;
  /** The holiday's Chinese name as published. */
  name: string;
}

/** What staff decided for one day, above the schedule and the weekly closing. */
export type DayStatus = 'closed' | 'open';
/** `default` takes a staff decision away: the day is again what the schedule and the week say. */
export const DAY_CHOICES = ['closed', 'open', 'default'] as const;
export type DayChoice = (typeof DAY_CHOICES)[number];
export const REASON_MAX = 40;

export interface CalendarDay {
  date: string;
  /** 0 for Sunday … 6 for Saturday. */
  weekday: number;
  /** Whether the centre is open: due dates and bookings fall only on open days. */
  open: boolean;
  statutory: StatutoryDay | null;
  /** A weekday the centre is closed every week. */
  weeklyClosed: boolean;
  /** What staff set for this day, if anything. */
  override: { status: DayStatus; reason: string | null } | null;
}

export interface CalendarRange {
  days: CalendarDay[];
  /** The weekdays the centre is closed every week (0 for Sunday). */
  closedWeekdays: number[];
  /** The years the schedule in this build covers; later years need closed days set by hand. */
  statutoryYears: { first: number; last: number };
}

/** A calendar range asked for at once: a year and a day, the longest a due date looks ahead. */
export const MAX_RANGE_DAYS = 366;
