import type { ReminderSlip, ReminderSlips } from '../../../../shared/library-office.api';
import type { Ctx } from '../../../context';
import { readSettings } from '../../../platform/settings/settings.repo';
import { addDays, localDate } from '../../../../shared/dates';
import { remindersRepo, type DueWindow } from './reminders.repo';

/** Overdue: due before today. The lower bound only keeps the query on its index. */
export const overdueWindow = (today: string): DueWindow => ({ from: '0000-00-00', to: addDays(today, -1) });

/** Due soon: due today or within the next `days` days. */
export const dueSoonWindow = (today: string, days: number): DueWindow => ({
  from: today,
  to: addDays(today, days),
});

/** One slip per borrower, in the order of their most urgent loan, for the printer at the desk. */
export function reminderSlips(
  ctx: Ctx,
  input: { kind: ReminderSlips['kind']; days: number; borrowerIds?: number[] | undefined },
): ReminderSlips {
  const today = localDate(ctx.now());
  const window = input.kind === 'overdue' ? overdueWindow(today) : dueSoonWindow(today, input.days);
  const lines = remindersRepo(ctx.db).all({ ...window, borrowerIds: input.borrowerIds }, today);
  const slips = new Map<number, ReminderSlip>();
  for (const l of lines) {
    let slip = slips.get(l.borrower.id);
    if (!slip) {
      slip = { borrower: l.borrower, loans: [] };
      slips.set(l.borrower.id, slip);
    }
    slip.loans.push({
      title: l.title,
      barcode: l.barcode,
      dueOn: l.dueOn,
      daysOverdue: l.daysOverdue,
      daysLeft: l.daysLeft,
    });
  }
  return {
    centreName: readSettings(ctx.db)['centre.name'],
    printedOn: today,
    kind: input.kind,
    slips: [...slips.values()],
  };
}
