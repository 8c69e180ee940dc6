import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNAVAILABLE } from '../search/search-index';
import { openLibrary, type LibraryKit } from '../library-test-kit';

const CARDS = ['P1', 'E2', 'R3', 'V4'] as const;
const TYPES = ['party_member', 'employee', 'resident', 'volunteer'] as const;

type Op =
  | { kind: 'checkout'; card: number; copy: number }
  | { kind: 'return'; copy: number }
  | { kind: 'renew'; copy: number }
  | { kind: 'hold'; card: number; title: number }
  | { kind: 'cancel'; hold: number }
  | { kind: 'days'; n: number }
  | { kind: 'repeat' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('checkout' as const), card: fc.nat(3), copy: fc.nat(5) }),
  },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('return' as const), copy: fc.nat(5) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('renew' as const), copy: fc.nat(5) }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('hold' as const), card: fc.nat(3), title: fc.nat(2) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), hold: fc.nat(7) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('days' as const), n: fc.integer({ min: 1, max: 12 }) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'repeat' as const }) },
);

/** Every invariant of lending, read from the file through a connection of its own. */
function violations(db: Database.Database): string[] {
  const q = (sql: string) => db.prepare(sql).all();
  const found: string[] = [];
  const check = (label: string, rows: unknown[]) => {
    if (rows.length > 0) found.push(`${label}: ${JSON.stringify(rows)}`);
  };
  check(
    'two open loans of a copy',
    q('SELECT copy_id FROM loans WHERE returned_at IS NULL GROUP BY copy_id HAVING count(*) > 1'),
  );
  check(
    'copy status disagrees with its loans',
    q(`SELECT id, status FROM copies c WHERE (status = 'on_loan') <>
         EXISTS (SELECT 1 FROM loans l WHERE l.copy_id = c.id AND l.returned_at IS NULL)`),
  );
  check(
    'title counts disagree with copies',
    q(`SELECT id FROM titles t WHERE copies_in < 0 OR copies_total < 0 OR loan_count < 0
         OR copies_in <> (SELECT count(*) FROM copies WHERE title_id = t.id AND status = 'available')
         OR copies_total <> (SELECT count(*) FROM copies WHERE title_id = t.id AND status NOT IN ('lost', 'withdrawn'))
         OR loan_count <> (SELECT count(*) FROM loans WHERE title_id = t.id)`),
  );
  check(
    'hold shelf disagrees with ready holds',
    q(`SELECT id FROM copies c WHERE (status = 'on_hold_shelf') <>
         EXISTS (SELECT 1 FROM holds h WHERE h.copy_id = c.id AND h.status = 'ready')`),
  );
  check(
    'more loans than the rule allows',
    q(`SELECT b.id FROM borrowers b JOIN loan_rules r ON r.borrower_type = b.type
       WHERE (SELECT count(*) FROM loans l WHERE l.borrower_id = b.id AND l.returned_at IS NULL) > r.max_items`),
  );
  check(
    'search index out of step with availability',
    q(`SELECT id FROM titles t WHERE NOT EXISTS (SELECT 1 FROM search_title_han s
         WHERE s.rowid = t.id + CASE WHEN t.copies_in > 0 THEN 0 ELSE ${UNAVAILABLE} END)`),
  );
  return found;
}

interface World {
  t: LibraryKit;
  barcodes: string[];
  titleIds: number[];
  holdIds: number[];
  last: { method: string; input: unknown; value: unknown } | null;
  /** Checkouts, returns and renewals that went through. */
  done: number;
}

async function world(): Promise<World> {
  const t = await openLibrary();
  for (const [i, card] of CARDS.entries()) await t.borrower(card, TYPES[i]);
  // Few copies of few titles: readers compete for them, holds queue, limits bite.
  const a = await t.title('红岩', 3);
  const b = await t.title('长征', 2);
  const c = await t.title('青春之歌', 1);
  return {
    t,
    barcodes: [...a.barcodes, ...b.barcodes, ...c.barcodes],
    titleIds: [a.id, b.id, c.id],
    holdIds: [],
    last: null,
    done: 0,
  };
}

async function apply(w: World, o: Op): Promise<void> {
  const { t } = w;
  const call = async (method: string, input: unknown) => {
    const r = await t.invoke(method, input);
    if (
      !r.ok &&
      (r.error.code === 'internal' || r.error.code === 'invalid_input' || r.error.code === 'unauthenticated')
    ) {
      throw new Error(`${method} ${JSON.stringify(input)} → ${JSON.stringify(r.error)}`);
    }
    return r;
  };
  const lending = async (method: string, input: object) => {
    const full = { ...input, requestId: t.rid() };
    const r = await call(method, full);
    if (r.ok) {
      w.last = { method, input: full, value: r.value };
      w.done++;
    }
  };
  switch (o.kind) {
    case 'checkout':
      return lending('lending.checkout', { cardNo: CARDS[o.card], barcode: w.barcodes[o.copy] });
    case 'return':
      return lending('lending.return', { barcode: w.barcodes[o.copy] });
    case 'renew':
      return lending('lending.renew', { barcode: w.barcodes[o.copy] });
    case 'hold': {
      const r = await call('holds.place', { cardNo: CARDS[o.card], titleId: w.titleIds[o.title] });
      if (r.ok) w.holdIds.push((r.value as { id: number }).id);
      return;
    }
    case 'cancel': {
      const id = w.holdIds[o.hold % Math.max(1, w.holdIds.length)];
      if (id !== undefined) await call('holds.cancel', { id });
      return;
    }
    case 'days':
      return t.days(o.n);
    case 'repeat': {
      // A double scan: the same request again must answer the same and change nothing.
      if (!w.last) return;
      const again = await call(w.last.method, w.last.input);
      expect(again).toEqual({ ok: true, value: w.last.value });
    }
  }
}

describe('lending under random sequences (fast-check)', () => {
  it('never makes two open loans of a copy, a negative count or a copy status that disagrees', async () => {
    let operations = 0;
    let done = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 64, maxLength: 120 }), async (ops) => {
        const w = await world();
        const db = new Database(w.t.dbFile, { readonly: true });
        try {
          for (const o of ops) {
            await apply(w, o);
            operations++;
            expect(violations(db)).toEqual([]);
          }
          done += w.done;
        } finally {
          db.close();
          w.t.core.close();
        }
      }),
      // No shrinking: each step opens a database, so shrinking a failure outlasts the timeout and
      // hides it. The printed seed and path replay the failing sequence.
      { numRuns: 16, endOnFailure: true },
    );
    expect(operations).toBeGreaterThanOrEqual(1000);
    // The sequences must reach the interesting states, not bounce off refusals.
    expect(done).toBeGreaterThan(operations / 5);
  }, 120_000);
});
