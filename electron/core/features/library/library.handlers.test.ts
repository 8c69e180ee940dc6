import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../shared';
import { dumpDatabase } from '../../testing';
import { openLibrary, type LibraryKit } from './library-test-kit';

// Handlers the audit found without a test of their own: borrowers.get, copies.list, shelves.update
// and loanRules.list, through the real dispatcher on a real database.

const VISITOR = 'test:visitor';
const VENUE = 'test:venue';

/** A librarian's method: a visitor must sign in, and staff of another area are turned away. */
async function expectLibrarianOnly(t: LibraryKit, method: string, input: unknown): Promise<void> {
  expect((await t.refused(method, input, VISITOR)).code).toBe('unauthenticated');
  await t.ok('staff.create', { staffNo: 'venue1', name: '场地员', roles: ['venue_staff'], pin: '2468' });
  await t.signIn(VENUE, 'venue1', '2468');
  expect((await t.refused(method, input, VENUE)).code).toBe('forbidden');
}

describe('borrowers.get', () => {
  it('answers one borrower by id: masked phone, open and overdue loans counted today', async () => {
    const t = await openLibrary();
    const id = await t.borrower('C001', 'employee', '张建国');
    await t.borrower('C002');
    const a = await t.title('红岩', 1);
    const b = await t.title('长征', 2);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() });
    await t.days(10);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: b.barcodes[0]!, requestId: t.rid() });
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: b.barcodes[1]!, requestId: t.rid() });
    await t.ok('lending.return', { barcode: b.barcodes[1]!, requestId: t.rid() });
    // Day 31: the first loan (30 days, due 2026-04-01) is overdue, the second (due 2026-04-11) is not.
    await t.days(21);

    expect(await t.ok('borrowers.get', { id })).toEqual({
      id,
      cardNo: 'C001',
      name: '张建国',
      phone: '138****1234',
      company: null,
      partyBranch: null,
      type: 'employee',
      active: true,
      note: null,
      createdAt: '2026-03-02T02:00:00.000Z',
      openLoans: 2,
      overdueLoans: 1,
      hasPin: false,
    });
    await t.ok('lending.return', { barcode: a.barcodes[0]!, requestId: t.rid() });
    expect(await t.ok('borrowers.get', { id })).toMatchObject({ openLoans: 1, overdueLoans: 0 });
  });

  it('says not found for an unknown id and refuses an id that is not one', async () => {
    const t = await openLibrary();
    expect(await t.refused('borrowers.get', { id: 999 })).toMatchObject({
      code: 'not_found',
      details: { what: 'borrower' },
    });
    for (const id of [0, -1, 1.5, '1'])
      expect((await t.refused('borrowers.get', { id })).code, String(id)).toBe('invalid_input');
  });

  it('is for librarians only', async () => {
    const t = await openLibrary();
    const id = await t.borrower('C001');
    await expectLibrarianOnly(t, 'borrowers.get', { id });
  });
});

describe('copies.list', () => {
  it('lists every copy of one title by barcode: shelf, status, due date of the one out, note', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { id: titleId, barcodes } = await t.title('红岩', 2);
    const [lent, withdrawn] = barcodes as [string, string];
    await t.ok('copies.add', { titleId, barcode: 'a-9', shelfId: null, note: '封面破损' });
    await t.title('长征', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: lent, requestId: t.rid() });
    await t.ok('copies.withdraw', { barcode: withdrawn, note: '丢页' });

    const copies = await t.ok('copies.list', { titleId });
    expect(
      copies.map(({ barcode, shelfName, status, dueBack, note }) => ({
        barcode,
        shelfName,
        status,
        dueBack,
        note,
      })),
    ).toEqual([
      { barcode: 'A-9', shelfName: null, status: 'available', dueBack: null, note: '封面破损' },
      { barcode: lent, shelfName: '测试书架', status: 'on_loan', dueBack: '2026-04-01', note: null },
      { barcode: withdrawn, shelfName: '测试书架', status: 'withdrawn', dueBack: null, note: '丢页' },
    ]);
    for (const c of copies) expect(c).toMatchObject({ titleId, addedAt: '2026-03-02T02:00:00.000Z' });
    expect(copies.find((c) => c.barcode === lent)?.shelfId).toBe(t.shelfId);
  });

  it('answers an empty list for a title without copies and not found for no title', async () => {
    const t = await openLibrary();
    const { id } = await t.title('没有复本的书', 0);
    expect(await t.ok('copies.list', { titleId: id })).toEqual([]);
    expect(await t.refused('copies.list', { titleId: id + 1 })).toMatchObject({
      code: 'not_found',
      details: { what: 'title' },
    });
  });

  it('is for librarians only', async () => {
    const t = await openLibrary();
    const { id } = await t.title('红岩', 1);
    await expectLibrarianOnly(t, 'copies.list', { titleId: id });
  });
});

describe('shelves.update', () => {
  it('changes only the fields given, audits before and after, and tells the screens', async () => {
    const t = await openLibrary();
    const shelf = await t.ok('shelves.create', { name: '党史学习角', description: '入口左手', position: 5 });
    const { barcodes } = await t.title('红岩', 1);
    await t.ok('copies.move', { barcodes, shelfId: shelf.id });
    const events: KioskEvent[] = [];
    t.core.onEvent((e) => events.push(e));

    const renamed = await t.ok('shelves.update', { id: shelf.id, name: '党史角' });
    expect(renamed).toEqual({
      id: shelf.id,
      name: '党史角',
      description: '入口左手',
      position: 5,
      titleCount: 1,
    });
    // Empty text clears the description; a position of 0 puts the shelf first for visitors.
    expect(await t.ok('shelves.update', { id: shelf.id, description: '', position: 0 })).toMatchObject({
      name: '党史角',
      description: null,
      position: 0,
    });
    expect((await t.ok('catalogue.shelves', {}, VISITOR)).map((s) => s.name)).toEqual(['党史角', '测试书架']);
    // Its own name again is no clash.
    await t.ok('shelves.update', { id: shelf.id, name: '党史角' });

    expect(events.filter((e) => e.name === 'data.changed')).toHaveLength(3);
    const audit = (await t.ok('audit.list', {})).rows.filter((a) => a.action === 'shelves.update');
    expect(
      audit
        .map((a) => [a.entityId, a.before, a.after])
        .reverse()
        .slice(0, 2),
    ).toEqual([
      [
        String(shelf.id),
        { id: shelf.id, name: '党史学习角', description: '入口左手', position: 5, titleCount: 1 },
        { id: shelf.id, name: '党史角', description: '入口左手', position: 5, titleCount: 1 },
      ],
      [
        String(shelf.id),
        { id: shelf.id, name: '党史角', description: '入口左手', position: 5, titleCount: 1 },
        { id: shelf.id, name: '党史角', description: null, position: 0, titleCount: 1 },
      ],
    ]);
  });

  it('refuses a taken name, an unknown shelf and a bad name, changing nothing', async () => {
    const t = await openLibrary();
    const shelf = await t.ok('shelves.create', { name: '新书架' });
    const before = dumpDatabase(t.dbFile);
    expect((await t.refused('shelves.update', { id: shelf.id, name: '测试书架' })).code).toBe('duplicate');
    expect(await t.refused('shelves.update', { id: shelf.id + 1, name: '别处' })).toMatchObject({
      code: 'not_found',
      details: { what: 'shelf' },
    });
    for (const name of ['', '   ', '书'.repeat(41)])
      expect((await t.refused('shelves.update', { id: shelf.id, name })).code).toBe('invalid_input');
    expect((await t.refused('shelves.update', { id: shelf.id, position: 1.5 })).code).toBe('invalid_input');
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });

  it('is for librarians only', async () => {
    const t = await openLibrary();
    await expectLibrarianOnly(t, 'shelves.update', { id: t.shelfId, name: '改名' });
    expect((await t.ok('catalogue.shelves', {}, VISITOR)).map((s) => s.name)).toEqual(['测试书架']);
  });
});

describe('loanRules.list', () => {
  it('starts a fresh centre with a rule for every borrower type', async () => {
    const t = await openLibrary();
    expect(await t.ok('loanRules.list', {})).toEqual([
      { borrowerType: 'party_member', days: 30, maxItems: 5, renewals: 1, blockWhenOverdue: true },
      { borrowerType: 'employee', days: 30, maxItems: 3, renewals: 1, blockWhenOverdue: true },
      { borrowerType: 'resident', days: 21, maxItems: 2, renewals: 1, blockWhenOverdue: true },
      { borrowerType: 'volunteer', days: 45, maxItems: 8, renewals: 2, blockWhenOverdue: true },
    ]);
  });

  it('lists a changed rule as the desk then lends by it, the others untouched', async () => {
    const t = await openLibrary();
    const before = await t.ok('loanRules.list', {});
    await t.ok('loanRules.update', { borrowerType: 'resident', days: 14, blockWhenOverdue: false });
    const after = await t.ok('loanRules.list', {});
    expect(after.find((r) => r.borrowerType === 'resident')).toEqual({
      borrowerType: 'resident',
      days: 14,
      maxItems: 2,
      renewals: 1,
      blockWhenOverdue: false,
    });
    expect(after.filter((r) => r.borrowerType !== 'resident')).toEqual(
      before.filter((r) => r.borrowerType !== 'resident'),
    );
    await t.borrower('R001', 'resident');
    const { barcodes } = await t.title('红岩', 1);
    const line = await t.ok('lending.checkout', {
      cardNo: 'R001',
      barcode: barcodes[0]!,
      requestId: t.rid(),
    });
    expect(line.loan.dueOn).toBe('2026-03-16');
  });

  it('is for librarians only', async () => {
    const t = await openLibrary();
    await expectLibrarianOnly(t, 'loanRules.list', {});
  });
});
