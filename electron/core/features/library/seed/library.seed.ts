import { normaliseIsbn, type BorrowerType, type LoanRule } from '../../../../shared/library.api';
import type { Db, WriteDb } from '../../../db/database';
import { borrowersRepo } from '../borrowers/borrowers.repo';
import { copiesRepo } from '../catalogue/copies.repo';
import { publishAsIs } from '../../../platform/publishing/publishing.service';
import { readingListKind } from '../catalogue/reading-list.kind';
import { readingListsRepo, shelvesRepo } from '../catalogue/shelves.repo';
import { titlesRepo } from '../catalogue/titles.repo';
import { addDays, localDate } from '../../../../shared/dates';
import { isOpen, nextOpenDay } from '../../../platform/calendar/calendar.service';
import type { DemoBorrower, DemoReadingList, DemoShelf, DemoTitle } from '../demo/demo-types';
import { HOLD_QUEUE_DAYS } from '../lending/holds.service';
import { holdsRepo } from '../lending/holds.repo';
import { loansRepo } from '../lending/loans.repo';
import { rulesRepo } from '../lending/rules.repo';
import { buildSearchIndex } from '../search/search-index';
import { pinyinSortKey } from '../../../platform/text/text-fold';
import { simulateLoans, type HistoryCopy } from './loan-history';
import { seededRandom } from '../../../platform/demo/seeded-random';
import { simulateVisits } from '../../../platform/kiosk/visit-history';
import { visitsRepo } from '../../../platform/kiosk/visits.repo';

export interface DemoData {
  shelves: readonly DemoShelf[];
  titles: readonly DemoTitle[];
  readingLists: readonly DemoReadingList[];
  borrowers: readonly DemoBorrower[];
}

const DAY = 86_400_000;
/** Changing it changes every demo centre: the tests read the story it tells, not these numbers. */
const DEMO_SEED = 20_210_701;
/** The kiosk's visitors draw from their own generator, so they leave the loans' story as it was. */
const VISITS_SEED = 19_210_723;

const titleKey = (title: string, volume?: string) => `${title}\u0001${volume ?? ''}`;

/**
 * The demo reading room: the demo shelves, titles with 1–3 copies each, borrowers, a year of loans
 * on the centre's open days (some still out, a few overdue) and a reader waiting for a book. Runs
 * inside the caller's transaction, after the calendar's seed.
 */
export function seedLibrary(db: WriteDb, now: Date, data: DemoData): void {
  const rnd = seededRandom(DEMO_SEED);
  const at = now.toISOString();
  const nowMs = now.getTime();

  const shelves = shelvesRepo(db);
  const shelfIds = new Map<string, number>();
  data.shelves.forEach((s, i) => {
    shelfIds.set(s.code, shelves.insert({ name: s.name, description: s.description, position: i + 1, at }));
  });

  const titles = titlesRepo(db);
  const copies = copiesRepo(db);
  const titleIds = new Map<string, number>();
  const seenIsbn = new Set<string>();
  const historyCopies: HistoryCopy[] = [];
  let barcode = 0;
  for (const t of data.titles) {
    let isbn = t.isbn ? normaliseIsbn(t.isbn) : null;
    if (isbn && seenIsbn.has(isbn)) isbn = null;
    if (isbn) seenIsbn.add(isbn);
    // Most of the collection is older than the loan history; about one title in seven is new.
    const ageDays = rnd.next() < 0.14 ? rnd.int(1, 300) : rnd.int(400, 1500);
    const added = new Date(nowMs - ageDays * DAY);
    const id = titles.insert(
      {
        isbn,
        title: t.title,
        subtitle: [t.volume, t.subtitle].filter(Boolean).join(' ') || null,
        authors: t.authors.map((a) => ({ name: a.name, role: a.role, nationality: a.nationality ?? null })),
        publisher: t.publisher,
        year: t.year,
        edition: t.edition ?? null,
        pages: null,
        clc: t.clc,
        callNumber: t.callNumber,
        summary: t.summary,
        tags: [...t.tags],
        cover: null,
      },
      pinyinSortKey(t.title),
      added.toISOString(),
    );
    titleIds.set(titleKey(t.title, t.volume), id);
    const n = rnd.next() < 0.45 ? 1 : rnd.next() < 0.7 ? 2 : 3;
    for (let i = 0; i < n; i++) {
      barcode++;
      const copyId = copies.insert({
        titleId: id,
        barcode: `HY${String(barcode).padStart(6, '0')}`,
        shelfId: shelfIds.get(t.shelf) ?? null,
        note: null,
        at: added.toISOString(),
      });
      historyCopies.push({ id: copyId, titleId: id, since: added.getTime() });
    }
  }

  const lists = readingListsRepo(db);
  data.readingLists.forEach((l, i) => {
    const ids = l.titles.flatMap((ref) => titleIds.get(titleKey(ref.title, ref.volume)) ?? []);
    const id = lists.save({
      name: l.name,
      description: l.description,
      position: i + 1,
      titleIds: [...new Set(ids)],
      at,
    });
    // The demo centre's lists are on show from the start, as if reviewed long ago.
    publishAsIs(db, readingListKind, id, now);
  });

  const borrowers = borrowersRepo(db);
  const created = new Date(nowMs - 420 * DAY).toISOString();
  const people = data.borrowers.map((b) => ({
    id: borrowers.insert(
      {
        cardNo: b.cardNo,
        name: b.name,
        phone: b.phone.replace(/\D/g, ''),
        company: b.company,
        partyBranch: b.partyBranch,
        type: b.type,
        active: true,
        note: null,
      },
      pinyinSortKey(b.name),
      created,
    ),
    type: b.type,
  }));

  const rules = new Map<BorrowerType, LoanRule>(
    rulesRepo(db)
      .all()
      .map((r) => [r.borrowerType, r]),
  );
  const history = simulateLoans(rnd, {
    now,
    days: 365,
    copies: historyCopies,
    borrowers: people,
    rules,
    calendar: { isOpen: (d) => isOpen(db, d), nextOpenDay: (d) => nextOpenDay(db, d) },
  });
  const loans = loansRepo(db);
  // Closed loans first: an open loan puts its copy on loan, which the history must not trip over.
  const ordered = [...history.filter((l) => l.returnedAt), ...history.filter((l) => !l.returnedAt)];
  const renewal = db.prepare(
    `INSERT INTO renewals (loan_id, at, old_due_on, new_due_on, channel) VALUES (?, ?, ?, ?, 'desk')`,
  );
  for (const l of ordered) {
    const id = loans.insert({
      copyId: l.copyId,
      titleId: l.titleId,
      borrowerId: l.borrowerId,
      loanedAt: l.loanedAt.toISOString(),
      dueOn: l.dueOn,
      channel: 'desk',
      returnedAt: l.returnedAt?.toISOString() ?? null,
      renewals: l.renewal ? 1 : 0,
    });
    if (l.renewal) renewal.run(id, l.renewal.at.toISOString(), l.renewal.oldDue, l.dueOn);
  }

  seedWaitingHold(db, now, history);
  buildSearchIndex(db);
  seedVisits(db, now, history, (d) => !isOpen(db, d));
}

/**
 * The kiosk's anonymous visitors over the same year, so the attract screen's 服务群众 counter does
 * not start at 0: open days only, busier when the desk was.
 */
function seedVisits(
  db: WriteDb,
  now: Date,
  history: ReturnType<typeof simulateLoans>,
  isClosed: (date: string) => boolean,
): void {
  const loansOn = new Map<string, number>();
  for (const l of history) {
    const day = localDate(l.loanedAt);
    loansOn.set(day, (loansOn.get(day) ?? 0) + 1);
  }
  const visits = simulateVisits(seededRandom(VISITS_SEED), {
    now,
    days: 365,
    isClosed,
    deskActivity: (date) => loansOn.get(date) ?? 0,
    areas: ['library'],
  });
  visitsRepo(db).insertPast(visits);
}

/** A reader waiting for a book whose every copy is out: the desk shows it on the next return. */
function seedWaitingHold(db: Db, now: Date, history: ReturnType<typeof simulateLoans>): void {
  const out = db
    .prepare<[], { id: number }>(
      `SELECT t.id FROM titles t WHERE t.copies_total > 0 AND t.copies_in = 0
       ORDER BY t.loan_count DESC, t.id LIMIT 1`,
    )
    .get();
  if (!out) return;
  const holders = new Set(
    history.filter((l) => l.titleId === out.id && !l.returnedAt).map((l) => l.borrowerId),
  );
  const reader = db
    .prepare<[], { id: number }>('SELECT id FROM borrowers WHERE active = 1 ORDER BY sort_key, id')
    .all()
    .find((b) => !holders.has(b.id));
  if (!reader) return;
  const placed = new Date(now.getTime() - 3 * DAY);
  const today = localDate(now);
  holdsRepo(db).insert({
    titleId: out.id,
    borrowerId: reader.id,
    placedAt: placed.toISOString(),
    expiresOn: addDays(today, HOLD_QUEUE_DAYS - 3),
  });
}
