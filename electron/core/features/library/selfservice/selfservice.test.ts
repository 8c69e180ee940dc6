import { describe, expect, it } from 'vitest';
import { openLibrary } from '../library-test-kit';

const KIOSK = 'kiosk-visitor';

describe('self-service at the kiosk', () => {
  it('is refused while the setting is off, and changes nothing', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { barcodes } = await t.title('红岩', 1);
    expect(await t.ok('selfservice.info', {}, KIOSK)).toEqual({ enabled: false });
    const input = { cardNo: 'C001', barcode: barcodes[0], requestId: t.rid() };
    expect((await t.refused('selfservice.checkout', input, KIOSK)).code).toBe('self_service_off');
    expect((await t.refused('selfservice.borrower', { cardNo: 'C001' }, KIOSK)).code).toBe(
      'self_service_off',
    );
    expect((await t.ok('lending.loans', {})).total).toBe(0);
  });

  it('lends and takes back under the desk’s rules, telling nothing about other readers', async () => {
    const t = await openLibrary();
    await t.ok('settings.update', { 'library.selfService': true });
    await t.borrower('C001', 'resident');
    await t.borrower('C002');
    const a = await t.title('红岩', 1);
    const b = await t.title('长征', 1);
    const c = await t.title('青春之歌', 1);
    const line = await t.ok(
      'selfservice.checkout',
      { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() },
      KIOSK,
    );
    expect(line).toEqual({ barcode: a.barcodes[0], title: '红岩', dueOn: '2026-03-23', limitLeft: 1 });
    await t.ok(
      'selfservice.checkout',
      { cardNo: 'C001', barcode: b.barcodes[0]!, requestId: t.rid() },
      KIOSK,
    );
    const limit = await t.refused(
      'selfservice.checkout',
      { cardNo: 'C001', barcode: c.barcodes[0], requestId: t.rid() },
      KIOSK,
    );
    expect(limit.code).toBe('loan_limit');
    const me = await t.ok('selfservice.borrower', { cardNo: 'C001' }, KIOSK);
    expect(me).toMatchObject({ name: '读者C001', limitLeft: 0, blocked: null });
    expect(me.loans.map((l) => l.title)).toEqual(['红岩', '长征']);

    await t.ok('holds.place', { cardNo: 'C002', titleId: a.id });
    const back = await t.ok('selfservice.return', { barcode: a.barcodes[0]!, requestId: t.rid() }, KIOSK);
    expect(back).toEqual({ barcode: a.barcodes[0], title: '红岩', wasOverdue: false, toHoldShelf: true });
    expect(JSON.stringify(back)).not.toContain('C002');
    const loans = await t.ok('lending.loans', {});
    expect(loans.rows.map((l) => l.title)).toEqual(['长征']);
  });
});
