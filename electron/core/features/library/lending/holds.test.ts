import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library-test-kit';

describe('holds', () => {
  it('queue per title: a return shows who waits, the hold shelf serves only them, then the next', async () => {
    const t = await openLibrary();
    for (const card of ['A1', 'B2', 'C3']) await t.borrower(card);
    const { id, barcodes } = await t.title('红岩', 1);
    const barcode = barcodes[0]!;
    expect((await t.refused('holds.place', { cardNo: 'B2', titleId: id })).code).toBe('conflict');
    await t.ok('lending.checkout', { cardNo: 'A1', barcode, requestId: t.rid() });
    const b = await t.ok('holds.place', { cardNo: 'B2', titleId: id });
    const c = await t.ok('holds.place', { cardNo: 'C3', titleId: id });
    expect([b.position, c.position]).toEqual([1, 2]);
    expect((await t.refused('holds.place', { cardNo: 'B2', titleId: id })).code).toBe('duplicate');
    expect((await t.refused('holds.place', { cardNo: 'A1', titleId: id })).code).toBe('conflict');
    expect((await t.ok('catalogue.getTitle', { id })).availability.holdsWaiting).toBe(2);

    const back = await t.ok('lending.return', { barcode, requestId: t.rid() });
    expect(back.holdFor).toMatchObject({
      holdId: b.id,
      borrower: { cardNo: 'B2' },
      readyUntil: '2026-03-09',
    });
    expect((await t.ok('copies.get', { barcode })).copy.status).toBe('on_hold_shelf');
    const notYours = await t.refused('lending.checkout', { cardNo: 'C3', barcode, requestId: t.rid() });
    expect(notYours).toMatchObject({ code: 'copy_not_loanable', details: { status: 'on_hold_shelf' } });
    expect((await t.ok('lending.borrowerStatus', { cardNo: 'B2' })).readyHolds.map((h) => h.id)).toEqual([
      b.id,
    ]);

    const lent = await t.ok('lending.checkout', { cardNo: 'B2', barcode, requestId: t.rid() });
    expect(lent.holdFulfilled).toBe(b.id);
    const queue = await t.ok('holds.list', { titleId: id });
    expect(queue.rows.map((h) => [h.borrower.cardNo, h.status, h.position])).toEqual([['C3', 'waiting', 1]]);
    const next = await t.ok('lending.return', { barcode, requestId: t.rid() });
    expect(next.holdFor?.borrower.cardNo).toBe('C3');
  });

  it('a reader who takes another copy than the one kept for them frees the kept one', async () => {
    // Found by the property test: the kept copy stayed on the hold shelf with no hold behind it.
    const t = await openLibrary();
    for (const card of ['A1', 'B2', 'C3', 'D4']) await t.borrower(card);
    const { id, barcodes } = await t.title('青春之歌', 2);
    const [first, second] = barcodes as [string, string];
    await t.ok('lending.checkout', { cardNo: 'A1', barcode: first, requestId: t.rid() });
    await t.ok('lending.checkout', { cardNo: 'C3', barcode: second, requestId: t.rid() });
    await t.ok('holds.place', { cardNo: 'B2', titleId: id });
    await t.ok('lending.return', { barcode: first, requestId: t.rid() });
    expect((await t.ok('copies.get', { barcode: first })).copy.status).toBe('on_hold_shelf');
    await t.ok('lending.return', { barcode: second, requestId: t.rid() });
    expect((await t.ok('copies.get', { barcode: second })).copy.status).toBe('available');

    const lent = await t.ok('lending.checkout', { cardNo: 'B2', barcode: second, requestId: t.rid() });
    expect(lent.holdFulfilled).not.toBeNull();
    expect((await t.ok('copies.get', { barcode: first })).copy.status).toBe('available');
    expect((await t.ok('catalogue.getTitle', { id })).availability.copiesIn).toBe(1);
    await t.ok('lending.checkout', { cardNo: 'D4', barcode: first, requestId: t.rid() });
  });

  it('a hold not collected in time lapses and the copy goes to the next reader, then back on the shelf', async () => {
    const t = await openLibrary();
    for (const card of ['A1', 'B2', 'C3']) await t.borrower(card);
    const { id, barcodes } = await t.title('长征', 1);
    const barcode = barcodes[0]!;
    await t.ok('lending.checkout', { cardNo: 'A1', barcode, requestId: t.rid() });
    const b = await t.ok('holds.place', { cardNo: 'B2', titleId: id });
    await t.ok('holds.place', { cardNo: 'C3', titleId: id });
    await t.ok('lending.return', { barcode, requestId: t.rid() });
    await t.days(8);
    const queue = await t.ok('holds.list', { titleId: id });
    expect(queue.rows.map((h) => [h.borrower.cardNo, h.status, h.copyBarcode])).toEqual([
      ['C3', 'ready', barcode],
    ]);
    const cancelled = await t.ok('holds.list', { cardNo: 'B2' });
    expect(cancelled.total).toBe(0);
    expect((await t.refused('holds.cancel', { id: b.id })).code).toBe('conflict');
    await t.days(8);
    expect((await t.ok('holds.list', { titleId: id })).total).toBe(0);
    expect((await t.ok('copies.get', { barcode })).copy.status).toBe('available');
    expect((await t.ok('catalogue.getTitle', { id })).availability.copiesIn).toBe(1);
  });

  it('a waiting hold lapses after its expiry; cancelling a ready hold passes the copy on', async () => {
    const t = await openLibrary();
    for (const card of ['A1', 'B2', 'C3']) await t.borrower(card);
    const { id, barcodes } = await t.title('青春之歌', 1);
    const barcode = barcodes[0]!;
    await t.ok('lending.checkout', { cardNo: 'A1', barcode, requestId: t.rid() });
    await t.ok('holds.place', { cardNo: 'B2', titleId: id, expiresOn: '2026-03-05' });
    const c = await t.ok('holds.place', { cardNo: 'C3', titleId: id });
    await t.days(4);
    const queue = await t.ok('holds.list', { titleId: id });
    expect(queue.rows.map((h) => [h.borrower.cardNo, h.position])).toEqual([['C3', 1]]);
    const back = await t.ok('lending.return', { barcode, requestId: t.rid() });
    expect(back.holdFor?.holdId).toBe(c.id);
    const gone = await t.ok('holds.cancel', { id: c.id });
    expect(gone.status).toBe('cancelled');
    expect((await t.ok('copies.get', { barcode })).copy.status).toBe('available');
  });

  it('a copy added while readers wait goes to the hold shelf; a withdrawn hold-shelf copy puts the hold back', async () => {
    const t = await openLibrary();
    for (const card of ['A1', 'B2']) await t.borrower(card);
    const { id, barcodes } = await t.title('林海雪原', 1);
    await t.ok('lending.checkout', { cardNo: 'A1', barcode: barcodes[0]!, requestId: t.rid() });
    const hold = await t.ok('holds.place', { cardNo: 'B2', titleId: id });
    const added = await t.ok('copies.add', { titleId: id, shelfId: t.shelfId });
    expect(added.status).toBe('on_hold_shelf');
    await t.ok('copies.withdraw', { barcode: added.barcode });
    const again = await t.ok('holds.list', { titleId: id });
    expect(again.rows.map((h) => [h.id, h.status])).toEqual([[hold.id, 'waiting']]);
  });
});
