import type { BorrowerType, LoanRule } from '../../../../shared/library.api';
import { addDays, localDate } from '../../../../shared/dates';
import type { Random } from '../../../platform/demo/seeded-random';

export interface HistoryCopy {
  id: number;
  titleId: number;
  /** Not lent before this moment (the title's arrival). */
  since: number;
}

export interface HistoryBorrower {
  id: number;
  type: BorrowerType;
}

export interface SimulatedLoan {
  copyId: number;
  titleId: number;
  borrowerId: number;
  loanedAt: Date;
  dueOn: string;
  returnedAt: Date | null;
  renewal: { at: Date; oldDue: string } | null;
}

const DAY = 86_400_000;

/** A moment during opening hours (09:00–18:00 local) of a day `daysAgo` before `now`. */
function openingTime(now: Date, daysAgo: number, rnd: Random): Date {
  const d = new Date(now.getTime() - daysAgo * DAY);
  d.setHours(9, 0, 0, 0);
  return new Date(d.getTime() + rnd.int(0, 539) * 60_000);
}

/**
 * A year of lending at a busy park reading room, day by day: a few popular titles and readers, a
 * long tail, most books back before their due date, some renewed, some late, the last weeks' loans
 * still out. Deterministic for a given generator, so every demo centre tells the same story.
 */
export function simulateLoans(
  rnd: Random,
  o: {
    now: Date;
    days: number;
    copies: readonly HistoryCopy[];
    borrowers: readonly HistoryBorrower[];
    rules: ReadonlyMap<BorrowerType, LoanRule>;
    /** The centre's calendar: no loans on closed days, due dates on open ones. */
    calendar: { isOpen(date: string): boolean; nextOpenDay(date: string): string };
  },
): SimulatedLoan[] {
  const byTitle = new Map<number, HistoryCopy[]>();
  for (const c of o.copies) byTitle.set(c.titleId, [...(byTitle.get(c.titleId) ?? []), c]);
  // Popularity and activity ranks are shuffled once, so the favourites are not simply the first rows.
  const titles = [...byTitle.keys()].sort(() => rnd.next() - 0.5);
  const readers = [...o.borrowers].sort(() => rnd.next() - 0.5);
  const freeAt = new Map<number, number>();
  const outUntil = new Map<number, number[]>();
  const loans: SimulatedLoan[] = [];
  const nowMs = o.now.getTime();

  for (let ago = o.days; ago >= 1; ago--) {
    const day = localDate(new Date(nowMs - ago * DAY));
    if (!o.calendar.isOpen(day)) continue;
    const weekend = [0, 6].includes(new Date(nowMs - ago * DAY).getDay());
    const count = weekend ? rnd.int(0, 3) : rnd.int(2, 8);
    for (let i = 0; i < count; i++) {
      const reader = readers[rnd.skewed(readers.length, 1.6)];
      const titleId = titles[rnd.skewed(titles.length, 2.2)];
      if (!reader || titleId === undefined) continue;
      const rule = o.rules.get(reader.type);
      const at = openingTime(o.now, ago, rnd);
      const t = at.getTime();
      const copy = (byTitle.get(titleId) ?? []).find((c) => c.since <= t && (freeAt.get(c.id) ?? 0) <= t);
      const open = (outUntil.get(reader.id) ?? []).filter((u) => u > t);
      if (!rule || !copy || open.length >= rule.maxItems) continue;

      const dueOn = o.calendar.nextOpenDay(addDays(day, rule.days));
      const roll = rnd.next();
      let keptDays: number;
      let renewal: SimulatedLoan['renewal'] = null;
      if (roll < 0.78) keptDays = rnd.int(3, Math.max(4, rule.days - 1));
      else if (roll < 0.9 && rule.renewals > 0) {
        const renewedAfter = rnd.int(Math.floor(rule.days / 2), rule.days - 1);
        const renewedAt = new Date(t + renewedAfter * DAY);
        renewal = { at: renewedAt, oldDue: dueOn };
        keptDays = renewedAfter + rnd.int(3, rule.days - 1);
      } else keptDays = rule.days + rnd.int(2, 25);
      const back = openingTime(o.now, Math.max(0, ago - keptDays), rnd).getTime();
      const returned = ago - keptDays >= 1 ? new Date(Math.max(back, t + 3_600_000)) : null;
      // A renewal that would lie in the future did not happen yet.
      if (renewal && renewal.at.getTime() >= nowMs) renewal = null;
      const finalDue = renewal ? o.calendar.nextOpenDay(addDays(localDate(renewal.at), rule.days)) : dueOn;
      loans.push({
        copyId: copy.id,
        titleId,
        borrowerId: reader.id,
        loanedAt: at,
        dueOn: finalDue > dueOn ? finalDue : dueOn,
        returnedAt: returned,
        renewal,
      });
      const until = returned ? returned.getTime() : Number.MAX_SAFE_INTEGER;
      freeAt.set(copy.id, until);
      outUntil.set(reader.id, [...open, until]);
    }
  }
  return loans;
}
