import type { Handlers } from '../../context';
import { calendarRepo } from './calendar.repo';
import { daysIn, setClosedWeekdays, setDay } from './calendar.service';

type CalendarMethods = 'calendar.days' | 'calendar.set' | 'calendar.setWeekly';

/** A staff decision as the audit log shows it: open or not, and why. */
const decision = (o: { status: string; reason: string | null } | null | undefined) =>
  o ? { open: o.status === 'open', note: o.reason } : null;

export const calendarHandlers: Pick<Handlers, CalendarMethods> = {
  'calendar.days': ({ from, to }, ctx) => daysIn(ctx.db, from, to),
  'calendar.set': ({ date, status, reason }, ctx) => {
    const before = decision(calendarRepo(ctx.db).override(date));
    const day = setDay(ctx.db, date, status, reason ?? null);
    const after = decision(day.override);
    if (JSON.stringify(before) === JSON.stringify(after)) ctx.unchanged();
    else ctx.audit({ entity: 'calendarDay', entityId: date, before, after });
    return day;
  },
  'calendar.setWeekly': ({ closedWeekdays }, ctx) => {
    const before = calendarRepo(ctx.db).closedWeekdays();
    const after = setClosedWeekdays(ctx.db, closedWeekdays);
    if (before.join() === after.join()) ctx.unchanged();
    else
      ctx.audit({ entity: 'calendar', before: { closedWeekdays: before }, after: { closedWeekdays: after } });
    return { closedWeekdays: after };
  },
};
