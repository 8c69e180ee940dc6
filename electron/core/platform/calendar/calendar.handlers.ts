import type { Handlers } from '../../context';
import { audit } from '../audit/audit.repo';
import { calendarRepo } from './calendar.repo';
import { daysIn, setClosedWeekdays, setDay } from './calendar.service';

type CalendarMethods = 'calendar.days' | 'calendar.set' | 'calendar.setWeekly';

/** A staff decision as the audit log shows it: open or not, and why. */
const decision = (o: { status: string; reason: string | null } | null | undefined) =>
  o ? { open: o.status === 'open', note: o.reason } : null;

export const calendarHandlers: Pick<Handlers, CalendarMethods> = {
  'calendar.days': ({ from, to }, ctx) => daysIn(ctx.db, from, to),
  'calendar.set': ({ date, status, reason }, ctx) => {
    const day = ctx.db.transaction(() => {
      const before = decision(calendarRepo(ctx.db).override(date));
      const after = setDay(ctx.db, date, status, reason ?? null);
      audit(ctx, {
        action: 'calendar.set',
        entity: 'calendarDay',
        entityId: date,
        before,
        after: after.override,
      });
      return after;
    })();
    ctx.app.emit('data.changed', { domain: 'calendar' });
    return day;
  },
  'calendar.setWeekly': ({ closedWeekdays }, ctx) => {
    const result = ctx.db.transaction(() => {
      const before = calendarRepo(ctx.db).closedWeekdays();
      const after = setClosedWeekdays(ctx.db, closedWeekdays);
      audit(ctx, {
        action: 'calendar.setWeekly',
        entity: 'calendar',
        before: { closedWeekdays: before },
        after: { closedWeekdays: after },
      });
      return { closedWeekdays: after };
    })();
    ctx.app.emit('data.changed', { domain: 'calendar' });
    return result;
  },
};
