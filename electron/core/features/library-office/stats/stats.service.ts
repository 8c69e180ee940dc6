import type { StatsGroup, StatsSummary } from '../../../../shared/library-office.api';
import { BORROWER_TYPES, type BorrowerType } from '../../../../shared/library.api';
import type { Db } from '../../../db/database';
import { addDays, localDate } from '../../../../shared/dates';

interface LoanFactRow {
  loaned_at: string;
  borrower_id: number;
  title_id: number;
  title: string;
  company: string | null;
  party_branch: string | null;
  type: BorrowerType;
  shelf_id: number | null;
  shelf_name: string | null;
}

/** The instant a local date begins: loans store UTC instants, the librarian asks in local days. */
const startOf = (date: string) => new Date(`${date}T00:00:00`).toISOString();

/** `[from, to]` in local dates as the UTC instants `[start, end)` the loans table stores. */
export function instantRange(from: string, to: string): [string, string] {
  return [startOf(from), startOf(addDays(to, 1))];
}

function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

class Tally {
  private readonly loans = new Map<string, number>();
  private readonly readers = new Map<string, Set<number>>();
  add(key: string, borrowerId: number): void {
    this.loans.set(key, (this.loans.get(key) ?? 0) + 1);
    let set = this.readers.get(key);
    if (!set) this.readers.set(key, (set = new Set()));
    set.add(borrowerId);
  }
  get(key: string) {
    return { loans: this.loans.get(key) ?? 0, readers: this.readers.get(key)?.size ?? 0 };
  }
  keys() {
    return [...this.loans.keys()];
  }
}

/** `null` (an empty field) is a group of its own; JSON keeps it apart from a name "null". */
const keyOf = (v: string | number | null) => JSON.stringify(v);
const mostFirst = <T extends { loans: number }>(a: T, b: T) => b.loans - a.loans;

function groups(t: Tally): StatsGroup[] {
  return t
    .keys()
    .map((k) => ({ name: JSON.parse(k) as string | null, ...t.get(k) }))
    .sort(mostFirst);
}

/**
 * Loans made in the range (local dates, both ends included). Every breakdown counts the same
 * loans, so each sums to `totals.loans`; "readers" are distinct borrowers with a loan in the group.
 * By shelf is by the shelf the copy stands on now (a loan does not record where the copy stood).
 */
export function statsSummary(db: Db, from: string, to: string, top: number): StatsSummary {
  const [start, end] = instantRange(from, to);
  const facts = db
    .prepare<[string, string], LoanFactRow>(
      `SELECT l.loaned_at, l.borrower_id, l.title_id, t.title, b.company, b.party_branch, b.type,
         c.shelf_id, s.name AS shelf_name
       FROM loans l
       JOIN titles t ON t.id = l.title_id
       JOIN borrowers b ON b.id = l.borrower_id
       JOIN copies c ON c.id = l.copy_id
       LEFT JOIN shelves s ON s.id = c.shelf_id
       WHERE l.loaned_at >= ? AND l.loaned_at < ?`,
    )
    .all(start, end);
  const months = new Tally();
  const company = new Tally();
  const branch = new Tally();
  const type = new Tally();
  const shelf = new Tally();
  const titles = new Map<number, { titleId: number; title: string; loans: number }>();
  const readers = new Set<number>();
  for (const f of facts) {
    months.add(localDate(new Date(f.loaned_at)).slice(0, 7), f.borrower_id);
    company.add(keyOf(f.company), f.borrower_id);
    branch.add(keyOf(f.party_branch), f.borrower_id);
    type.add(f.type, f.borrower_id);
    shelf.add(keyOf(f.shelf_id), f.borrower_id);
    readers.add(f.borrower_id);
    const t = titles.get(f.title_id) ?? { titleId: f.title_id, title: f.title, loans: 0 };
    t.loans++;
    titles.set(f.title_id, t);
  }
  const shelfNames = new Map(facts.map((f) => [f.shelf_id, f.shelf_name]));
  const renewals =
    db
      .prepare<[string, string], number>('SELECT count(*) FROM renewals WHERE at >= ? AND at < ?')
      .pluck()
      .get(start, end) ?? 0;
  return {
    from,
    to,
    totals: { loans: facts.length, activeReaders: readers.size, titlesLent: titles.size, renewals },
    months: monthsOf(from, to).map((month) => ({ month, ...months.get(month) })),
    topTitles: [...titles.values()].sort((a, b) => mostFirst(a, b) || a.titleId - b.titleId).slice(0, top),
    byCompany: groups(company),
    byBranch: groups(branch),
    byType: BORROWER_TYPES.map((t) => ({ type: t, ...type.get(t) })),
    byShelf: shelf
      .keys()
      .map((k) => {
        const shelfId = JSON.parse(k) as number | null;
        return { shelfId, name: shelfNames.get(shelfId) ?? null, ...shelf.get(k) };
      })
      .sort(mostFirst),
  };
}
