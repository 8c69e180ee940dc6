import { z } from 'zod';
import { method } from './contract';
import { isLocalDate } from './dates';
import {
  DAY_CHOICES,
  MAX_RANGE_DAYS,
  REASON_MAX,
  type CalendarDay,
  type CalendarRange,
} from './calendar.types';

export * from './calendar.types';

const localDate = z.string().refine(isLocalDate, 'a date, YYYY-MM-DD');
const span = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/**
 * The centre's calendar: China's statutory holidays and 调休 workdays, the centre's weekly closing
 * and the days staff closed or opened. Visitors may read it (opening days are public); the
 * librarian edits it, as the reading room's due dates follow it.
 */
export const calendarApi = {
  'calendar.days': method<CalendarRange>()({
    role: 'visitor',
    input: z
      .object({ from: localDate, to: localDate })
      .refine(({ from, to }) => from <= to, { message: 'from must not be after to', path: ['to'] })
      .refine(({ from, to }) => span(from, to) < MAX_RANGE_DAYS, {
        message: `at most ${MAX_RANGE_DAYS} days`,
        path: ['to'],
      }),
  }),
  /** Closes a day (with a reason), opens it, or gives it back to the schedule (`default`). */
  'calendar.set': method<CalendarDay>()({
    role: 'librarian',
    writes: { domain: 'calendar' },
    input: z.object({
      date: localDate,
      status: z.enum(DAY_CHOICES),
      reason: z
        .string()
        .trim()
        .max(REASON_MAX)
        .transform((s) => (s === '' ? null : s))
        .nullable()
        .optional(),
    }),
  }),
  /** The weekdays the centre is closed every week (0 for Sunday); an empty list: open every day. */
  'calendar.setWeekly': method<{ closedWeekdays: number[] }>()({
    role: 'librarian',
    writes: { domain: 'calendar' },
    input: z.object({
      closedWeekdays: z
        .array(z.number().int().min(0).max(6))
        .max(6, 'a centre open on no day of the week')
        .refine((w) => new Set(w).size === w.length, 'a weekday given twice'),
    }),
  }),
};
