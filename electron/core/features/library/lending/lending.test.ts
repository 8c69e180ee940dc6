import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../../shared/dates';
import { openLibrary } from '../library-test-kit';

describe('lending at the desk', () => {
  it('lends for the rule’s days and rolls a due date off the days staff closed in the calendar', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { barcodes } = await t.title('红岩', 2);
    const first = await t.ok('lending.checkout', {
      cardNo: 'C001',
      barcode: barcodes[0]!,
      requestId: t.rid(),
    });
    expect(first.loan.dueOn).toBe('2026-04-01');
    expect(first.limitLeft).toBe(2);
    await t.ok('calendar.set', { date: '2026-04-01', status: 'closed', reason: '测试' });
    await t.ok('calendar.set', { date: '2026-04-02', status: 'closed' });
    const second = await t.ok('lending.checkout', {
      cardNo: 'C001',
      barcode: barcodes[1]!,
      requestId: t.rid(),
    });
    expect(second.loan.dueOn).toBe('2026-04-03');
  });

  it('rolls a due date past a statutory holiday, and onto a 调休 Saturday of a centre closed at weekends', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { barcodes } = await t.title('红岩', 3);
    // 30 days from 1 September is 1 October: 国庆节, closed to the 7th.
    await t.days(daysBetween('2026-03-02', '2026-09-01'));
    const national = await t.ok('lending.checkout', {
      cardNo: 'C001',
      barcode: barcodes[0]!,
      requestId: t.rid(),
    });
    expect(national.loan.dueOn).toBe('2026-10-08');

    // Closed every Saturday and Sunday, except 10 October, a Saturday worked for the holiday.
    await t.ok('calendar.setWeekly', { closedWeekdays: [0, 6] });
    await t.days(daysBetween('2026-09-01', '2026-09-10'));
    const makeUp = await t.ok('lending.checkout', {
      cardNo: 'C001',
      barcode: barcodes[1]!,
      requestId: t.rid(),
    });
    expect(makeUp.loan.dueOn).toBe('2026-10-10');
    // A week later, 30 days on is an ordinary Saturday: closed, and so is Sunday.
    await t.days(7);
    const weekend = await t.ok('lending.checkout', {
      cardNo: 'C001',
      barcode: barcodes[2]!,
      requestId: t.rid(),
    });
    expect(weekend.loan.dueOn).toBe('2026-10-19');
  });

  it('refuses past the loan limit and says the limit', async () => {
    const t = await openLibrary();
    await t.borrower('C001', 'employee');
    const { barcodes } = await t.title('党史学习读本', 4);
    for (const barcode of barcodes.slice(0, 3)) {
      await t.ok('lending.checkout', { cardNo: 'C001', barcode, requestId: t.rid() });
    }
    const error = await t.refused('lending.checkout', {
      cardNo: 'C001',
      barcode: barcodes[3],
      requestId: t.rid(),
    });
    expect(error.code).toBe('loan_limit');
    expect(error.details).toMatchObject({ max: 3 });
    const status = await t.ok('lending.borrowerStatus', { cardNo: 'C001' });
    expect(status.loans).toHaveLength(3);
    expect(status.limitLeft).toBe(0);
  });

  it('blocks a borrower with an overdue loan until it comes back, when the rule says so', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const a = await t.title('长征', 1);
    const b = await t.title('红星照耀中国', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() });
    await t.days(31);
    expect((await t.ok('lending.borrowerStatus', { cardNo: 'C001' })).blocked).toBe('overdue');
    const error = await t.refused('lending.checkout', {
      cardNo: 'C001',
      barcode: b.barcodes[0],
      requestId: t.rid(),
    });
    expect(error.code).toBe('borrower_blocked');
    await t.ok('loanRules.update', { borrowerType: 'employee', blockWhenOverdue: false });
    const lent = await t.ok('lending.checkout', {
      cardNo: 'C001',
      barcode: b.barcodes[0]!,
      requestId: t.rid(),
    });
    expect(lent.loan.title).toBe('红星照耀中国');
    await t.ok('loanRules.update', { borrowerType: 'employee', blockWhenOverdue: true });
    const back = await t.ok('lending.return', { barcode: a.barcodes[0]!, requestId: t.rid() });
    expect(back.wasOverdue).toBe(true);
    expect(back.loan.overdueDays).toBe(1);
    expect((await t.ok('lending.borrowerStatus', { cardNo: 'C001' })).blocked).toBeNull();
  });

  it('refuses copies that are not for loan, already out, unknown or for an inactive card', async () => {
    const t = await openLibrary();
    const id = await t.borrower('C001');
    await t.borrower('C002');
    const { barcodes } = await t.title('毛泽东选集', 5);
    const [out, repair, lost, gone, spare] = barcodes as [string, string, string, string, string];
    await t.ok('lending.checkout', { cardNo: 'C002', barcode: out, requestId: t.rid() });
    await t.ok('copies.setStatus', { barcode: repair, status: 'in_repair' });
    await t.ok('copies.setStatus', { barcode: lost, status: 'lost' });
    await t.ok('copies.withdraw', { barcode: gone, note: '破损' });
    const onLoan = await t.refused('lending.checkout', { cardNo: 'C001', barcode: out, requestId: t.rid() });
    expect(onLoan.code).toBe('copy_on_loan');
    expect(onLoan.details).toMatchObject({ dueOn: '2026-04-01', sameBorrower: false });
    for (const [barcode, status] of [
      [repair, 'in_repair'],
      [lost, 'lost'],
      [gone, 'withdrawn'],
    ] as const) {
      const e = await t.refused('lending.checkout', { cardNo: 'C001', barcode, requestId: t.rid() });
      expect(e.code).toBe('copy_not_loanable');
      expect(e.details).toMatchObject({ status });
    }
    expect(
      (await t.refused('lending.checkout', { cardNo: 'NOPE', barcode: spare, requestId: t.rid() })).code,
    ).toBe('not_found');
    expect(
      (await t.refused('lending.checkout', { cardNo: 'C001', barcode: 'X999', requestId: t.rid() })).code,
    ).toBe('not_found');
    await t.ok('borrowers.update', { id, active: false });
    expect(
      (await t.refused('lending.checkout', { cardNo: 'C001', barcode: spare, requestId: t.rid() })).code,
    ).toBe('borrower_inactive');
    expect((await t.refused('lending.return', { barcode: spare, requestId: t.rid() })).code).toBe(
      'copy_not_on_loan',
    );
    expect((await t.refused('copies.withdraw', { barcode: out })).code).toBe('copy_on_loan');
  });

  it('renews up to the rule’s limit, never while someone waits', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    await t.borrower('C002');
    const { id, barcodes } = await t.title('平凡的世界', 1);
    const barcode = barcodes[0]!;
    await t.ok('lending.checkout', { cardNo: 'C001', barcode, requestId: t.rid() });
    await t.days(20);
    const renewed = await t.ok('lending.renew', { barcode, requestId: t.rid() });
    expect(renewed.dueOn).toBe('2026-04-21');
    expect(renewed.renewals).toBe(1);
    expect((await t.refused('lending.renew', { barcode, requestId: t.rid() })).code).toBe('renewal_limit');
    await t.ok('loanRules.update', { borrowerType: 'employee', renewals: 3 });
    await t.ok('holds.place', { cardNo: 'C002', titleId: id });
    const held = await t.refused('lending.renew', { barcode, requestId: t.rid() });
    expect(held.code).toBe('renewal_held');
    expect(held.details).toMatchObject({ waiting: 1 });
  });

  it('closes a loan as lost when the borrower lost the book', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { id, barcodes } = await t.title('钢铁是怎样炼成的', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId: t.rid() });
    const copy = await t.ok('copies.setStatus', { barcode: barcodes[0]!, status: 'lost' });
    expect(copy.status).toBe('lost');
    expect((await t.ok('lending.borrowerStatus', { cardNo: 'C001' })).loans).toEqual([]);
    const detail = await t.ok('catalogue.getTitle', { id });
    expect(detail.availability).toMatchObject({ copiesIn: 0, copiesTotal: 0 });
  });

  it('answers a repeated request with its first result and refuses a reused requestId', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { barcodes } = await t.title('红岩', 2);
    const requestId = t.rid();
    const first = await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId });
    await t.days(1);
    const again = await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId });
    expect(again).toEqual(first);
    const reused = await t.refused('lending.checkout', { cardNo: 'C001', barcode: barcodes[1], requestId });
    expect(reused.code).toBe('conflict');
    expect((await t.ok('lending.loans', { cardNo: 'C001' })).total).toBe(1);

    const renewId = t.rid();
    const renewed = await t.ok('lending.renew', { barcode: barcodes[0]!, requestId: renewId });
    expect(await t.ok('lending.renew', { barcode: barcodes[0]!, requestId: renewId })).toEqual(renewed);
    expect(renewed.renewals).toBe(1);

    const returnId = t.rid();
    const back = await t.ok('lending.return', { barcode: barcodes[0]!, requestId: returnId });
    expect(await t.ok('lending.return', { barcode: barcodes[0]!, requestId: returnId })).toEqual(back);
    expect((await t.refused('lending.return', { barcode: barcodes[0], requestId: t.rid() })).code).toBe(
      'copy_not_on_loan',
    );
    expect((await t.refused('lending.return', { barcode: barcodes[0], requestId })).code).toBe('conflict');
  });

  it('audits every desk write and counts readers and loans', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    await t.borrower('C002');
    const { barcodes } = await t.title('红岩', 2);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId: t.rid() });
    await t.ok('lending.checkout', { cardNo: 'C002', barcode: barcodes[1]!, requestId: t.rid() });
    await t.ok('lending.return', { barcode: barcodes[0]!, requestId: t.rid() });
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: barcodes[0]!, requestId: t.rid() });
    const counters = await t.ok('kiosk.counters', {});
    expect(counters.filter((c) => c.key === 'library.readers' || c.key === 'library.loans')).toEqual([
      { key: 'library.readers', value: 2 },
      { key: 'library.loans', value: 3 },
    ]);
    const actions = (await t.ok('audit.list', { limit: 100 })).rows.map((r) => r.action);
    expect(actions.filter((a) => a === 'lending.checkout')).toHaveLength(3);
    expect(actions).toContain('lending.return');
    expect(actions).toContain('titles.create');
    expect(actions.filter((a) => a === 'borrowers.create')).toHaveLength(2);
    const audit = (await t.ok('audit.list', { limit: 100 })).rows.find(
      (r) => r.action === 'borrowers.create',
    );
    expect(JSON.stringify(audit?.after)).not.toContain('13812341234');
    expect(audit?.actor).toBe('admin');
  });

  it('refuses the desk to visitors', async () => {
    const t = await openLibrary();
    const error = await t.refused(
      'lending.checkout',
      { cardNo: 'C1', barcode: 'B1', requestId: t.rid() },
      'stranger',
    );
    expect(error.code).toBe('unauthenticated');
  });
});
