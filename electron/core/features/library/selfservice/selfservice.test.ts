import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { maskName } from '../../../../shared/library.api';
import { openTestCore, tempDir } from '../../../testing';
import { openLibrary, type LibraryKit } from '../library-test-kit';

const KIOSK = 'kiosk-visitor';
const MINUTE = 60_000;

/** Self-service switched on; borrowers need a PIN only when they set one (`pinRequired` off). */
async function selfService(pinRequired: boolean): Promise<LibraryKit> {
  const t = await openLibrary();
  await t.ok('settings.update', { 'library.selfService': true, 'library.selfServicePin': pinRequired });
  return t;
}

/** Everything the database holds, as text: what a PIN must never be found in. */
function everything(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all();
    return tables.map((tb) => JSON.stringify(db.prepare(`SELECT * FROM "${tb.name}"`).all())).join('\n');
  } finally {
    db.close();
  }
}

describe('self-service at the kiosk', () => {
  it('is refused while the setting is off, and changes nothing', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    const { barcodes } = await t.title('红岩', 1);
    expect(await t.ok('selfservice.info', {}, KIOSK)).toEqual({ enabled: false, pinRequired: true });
    const input = { cardNo: 'C001', barcode: barcodes[0], requestId: t.rid() };
    expect((await t.refused('selfservice.checkout', input, KIOSK)).code).toBe('self_service_off');
    expect((await t.refused('selfservice.borrower', { cardNo: 'C001' }, KIOSK)).code).toBe(
      'self_service_off',
    );
    expect((await t.ok('lending.loans', {})).total).toBe(0);
  });

  it('lends and takes back under the desk’s rules, telling nothing about other readers', async () => {
    const t = await selfService(false);
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

    await t.ok('holds.place', { cardNo: 'C002', titleId: a.id });
    const back = await t.ok(
      'selfservice.return',
      { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() },
      KIOSK,
    );
    expect(back).toEqual({ barcode: a.barcodes[0], title: '红岩', wasOverdue: false, toHoldShelf: true });
    expect(JSON.stringify(back)).not.toContain('C002');
    const loans = await t.ok('lending.loans', {});
    expect(loans.rows.map((l) => l.title)).toEqual(['长征']);
  });
});

describe('a name at the self-service screen', () => {
  it('is the first character and one asterisk, whatever its length; Latin names per word', () => {
    expect(maskName('张')).toBe('张*');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张三丰')).toBe('张*');
    expect(maskName('欧阳修远')).toBe('欧*');
    expect(maskName('阿依古丽·买买提')).toBe('阿*');
    expect(maskName('𠮷野家')).toBe('𠮷*');
    expect(maskName('John Smith')).toBe('J* S*');
    expect(maskName('  Li  ')).toBe('L*');
  });

  it('is masked in the answer, which never holds the phone, the full name or (without a PIN) a title', async () => {
    const t = await selfService(false);
    await t.borrower('C001', 'employee', '王建国');
    const a = await t.title('红岩', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() });
    const me = await t.ok('selfservice.borrower', { cardNo: 'C001' }, KIOSK);
    expect(me).toEqual({
      name: '王*',
      pinChecked: false,
      loans: [],
      loanCount: 1,
      overdueCount: 0,
      limitLeft: 2,
      blocked: null,
    });
    const text = JSON.stringify(me);
    for (const secret of ['王建国', '建国', '1381234', '1234', '红岩', a.barcodes[0]!]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('a card alone is not enough (security item 6)', () => {
  it('reads nobody’s name or loans without the PIN, whether the card exists or not', async () => {
    const t = await selfService(true);
    const cards = ['C001', 'C002', 'C003'];
    for (const card of cards) await t.borrower(card);
    for (const cardNo of [...cards, 'NOBODY']) {
      const refusal = await t.refused('selfservice.borrower', { cardNo }, KIOSK);
      expect(refusal.code).toBe('pin_required');
      expect(JSON.stringify(refusal)).not.toContain('读者');
    }
  });

  it('lends nothing on a stranger’s card without its PIN, or with a wrong one', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    const a = await t.title('红岩', 1);
    const input = { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() };
    expect((await t.refused('selfservice.checkout', input, KIOSK)).code).toBe('pin_required');
    expect((await t.refused('selfservice.checkout', { ...input, pin: '1111' }, KIOSK)).code).toBe(
      'wrong_pin',
    );
    expect((await t.ok('lending.loans', {})).total).toBe(0);
    const lent = await t.ok('selfservice.checkout', { ...input, pin: '2468' }, KIOSK);
    expect(lent.title).toBe('红岩');
  });

  it('returns only the card’s own loans: a stranger’s overdue book stays on loan', async () => {
    const t = await selfService(false);
    await t.borrower('C001');
    await t.borrower('C002');
    const a = await t.title('红岩', 1);
    await t.ok('lending.checkout', { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() });
    await t.days(40);
    const stranger = await t.refused(
      'selfservice.return',
      { cardNo: 'C002', barcode: a.barcodes[0], requestId: t.rid() },
      KIOSK,
    );
    expect(stranger.code).toBe('not_your_loan');
    expect((await t.ok('lending.loans', { overdueOnly: true })).total).toBe(1);
    // A return needs a card now: the barcode alone is refused as bad input and changes nothing.
    const bare = await t.refused('selfservice.return', { barcode: a.barcodes[0], requestId: t.rid() }, KIOSK);
    expect(bare.code).toBe('invalid_input');
    expect((await t.ok('lending.loans', {})).total).toBe(1);
    const own = await t.ok(
      'selfservice.return',
      { cardNo: 'C001', barcode: a.barcodes[0]!, requestId: t.rid() },
      KIOSK,
    );
    expect(own.wasOverdue).toBe(true);
  });

  it('asks a borrower who set a PIN for it even when the centre asks nobody else', async () => {
    const t = await selfService(false);
    const id = await t.borrower('C001');
    await t.borrower('C002');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    expect((await t.refused('selfservice.borrower', { cardNo: 'C001' }, KIOSK)).code).toBe('pin_required');
    const me = await t.ok('selfservice.borrower', { cardNo: 'C001', pin: '2468' }, KIOSK);
    expect(me.pinChecked).toBe(true);
    expect((await t.ok('selfservice.borrower', { cardNo: 'C002' }, KIOSK)).pinChecked).toBe(false);
    // An unknown card is just that when PINs are not asked of everyone.
    expect(await t.refused('selfservice.borrower', { cardNo: 'NOBODY' }, KIOSK)).toMatchObject({
      code: 'not_found',
      details: { what: 'borrower' },
    });
  });
});

describe('borrower PINs, set at the desk', () => {
  it('are stored as scrypt hashes, never in the clear, and listed only as “has a PIN”', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    expect((await t.ok('borrowers.get', { id })).hasPin).toBe(false);
    const after = await t.ok('borrowers.setPin', { id, pin: '97531' });
    expect(after.hasPin).toBe(true);
    const a = await t.title('红岩', 1);
    await t.ok('selfservice.borrower', { cardNo: 'C001', pin: '97531' }, KIOSK);
    await t.ok(
      'selfservice.checkout',
      { cardNo: 'C001', pin: '97531', barcode: a.barcodes[0]!, requestId: t.rid() },
      KIOSK,
    );
    await t.refused('selfservice.borrower', { cardNo: 'C001', pin: '86420' }, KIOSK);
    const all = everything(t.dbFile);
    expect(all).toContain('scrypt$');
    expect(all).not.toContain('97531');
    expect(all).not.toContain('86420');
  });

  it('refuse a PIN that is not 4 to 12 digits and change nothing', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    for (const pin of ['123', 'abcd', '1234567890123', '12 34']) {
      expect((await t.refused('borrowers.setPin', { id, pin })).code).toBe('invalid_input');
    }
    expect((await t.refused('borrowers.setPin', { id: 999, pin: '1234' })).code).toBe('not_found');
    expect((await t.ok('borrowers.get', { id })).hasPin).toBe(false);
  });

  it('are only the librarian’s to set or clear', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    expect((await t.refused('borrowers.setPin', { id, pin: '1234' }, KIOSK)).code).toBe('unauthenticated');
    expect((await t.refused('borrowers.clearPin', { id }, KIOSK)).code).toBe('unauthenticated');
  });

  it('when cleared, leave a card that needs the desk while the centre asks everyone for a PIN', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    expect((await t.ok('borrowers.clearPin', { id })).hasPin).toBe(false);
    expect((await t.refused('selfservice.borrower', { cardNo: 'C001', pin: '2468' }, KIOSK)).code).toBe(
      'pin_not_set',
    );
    await t.ok('settings.update', { 'library.selfServicePin': false });
    expect((await t.ok('selfservice.borrower', { cardNo: 'C001' }, KIOSK)).pinChecked).toBe(false);
  });
});

describe('wrong borrower PINs', () => {
  it('lock the card after five in a row, for five minutes, in the database; a new PIN unlocks it', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    for (let left = 4; left >= 1; left--) {
      expect(await t.refused('selfservice.borrower', { cardNo: 'C001', pin: '0000' }, KIOSK)).toMatchObject({
        code: 'wrong_pin',
        details: { remaining: left },
      });
    }
    const fifthAt = t.clock.now().getTime();
    expect(await t.refused('selfservice.borrower', { cardNo: 'C001', pin: '0000' }, KIOSK)).toMatchObject({
      code: 'account_locked',
      details: { until: new Date(fifthAt + 5 * MINUTE).toISOString() },
    });
    // The right PIN is refused while locked, the lock is on the card whatever is asked.
    const a = await t.title('红岩', 1);
    expect(
      (
        await t.refused(
          'selfservice.checkout',
          { cardNo: 'C001', pin: '2468', barcode: a.barcodes[0], requestId: t.rid() },
          KIOSK,
        )
      ).code,
    ).toBe('account_locked');
    const row = new Database(t.dbFile, { readonly: true });
    expect(row.prepare('SELECT failures, locked_until FROM borrower_pins').get()).toEqual({
      failures: 5,
      locked_until: new Date(fifthAt + 5 * MINUTE).toISOString(),
    });
    row.close();

    t.clock.advance(5 * MINUTE);
    expect((await t.ok('selfservice.borrower', { cardNo: 'C001', pin: '2468' }, KIOSK)).pinChecked).toBe(
      true,
    );

    // Locked again, then the librarian sets a new PIN: the card opens at once.
    for (let i = 0; i < 5; i++)
      await t.refused('selfservice.borrower', { cardNo: 'C001', pin: '0000' }, KIOSK);
    await t.ok('borrowers.setPin', { id, pin: '1357' });
    expect((await t.ok('selfservice.borrower', { cardNo: 'C001', pin: '1357' }, KIOSK)).pinChecked).toBe(
      true,
    );
  });

  it('on an unknown card are answered as on a real one, while everyone is asked for a PIN', async () => {
    const t = await selfService(true);
    for (let left = 4; left >= 1; left--) {
      expect(await t.refused('selfservice.borrower', { cardNo: 'NOBODY', pin: '0000' }, KIOSK)).toMatchObject(
        {
          code: 'wrong_pin',
          details: { remaining: left },
        },
      );
    }
    expect((await t.refused('selfservice.borrower', { cardNo: 'NOBODY', pin: '0000' }, KIOSK)).code).toBe(
      'account_locked',
    );
  });

  it('in a parallel burst get no more PIN checks than five in a row', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    const guesses = Array.from({ length: 20 }, (_, i) => String(1000 + i));
    const answers = await Promise.all(
      guesses.map((pin) => t.invoke('selfservice.borrower', { cardNo: 'C001', pin }, KIOSK)),
    );
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c === 'wrong_pin')).toHaveLength(4);
    expect(codes.filter((c) => c === 'account_locked')).toHaveLength(16);
    // The admin is told, as for staff accounts.
    const audit = await t.ok('audit.list', {});
    expect(audit.rows.filter((r) => r.action === 'auth.locked' && r.entity === 'borrower')).toHaveLength(1);
  });
  it('from a device on the LAN hold that device back after three, whichever cards it tries', async () => {
    const t = await selfService(true);
    for (const card of ['C001', 'C002']) {
      await t.ok('borrowers.setPin', { id: await t.borrower(card), pin: '2468' });
    }
    const lan = t.lanDevice('192.168.1.50');
    const code = async (cardNo: string, pin: string) => {
      const r = await t.invoke('selfservice.borrower', { cardNo, pin }, 'lan-kiosk', lan);
      return r.ok ? 'ok' : r.error.code;
    };
    expect([await code('C001', '0000'), await code('C002', '0000')]).toEqual(['wrong_pin', 'wrong_pin']);
    expect(await code('C001', '1111')).toBe('too_many_requests');
    // Held back before any check: even the right PIN, on another card.
    expect(await code('C002', '2468')).toBe('too_many_requests');
    // The hub's own screen is not held back by the device.
    expect((await t.ok('selfservice.borrower', { cardNo: 'C002', pin: '2468' }, KIOSK)).pinChecked).toBe(
      true,
    );
  });
});

describe('a repeated self-service request', () => {
  it('lends once and answers the first line again, for a double tap or a retry after a lost answer', async () => {
    const t = await selfService(true);
    const id = await t.borrower('C001');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    const a = await t.title('红岩', 1);
    const input = { cardNo: 'C001', pin: '2468', barcode: a.barcodes[0]!, requestId: t.rid() };
    const [first, second] = await Promise.all([
      t.ok('selfservice.checkout', input, KIOSK),
      t.ok('selfservice.checkout', input, KIOSK),
    ]);
    expect(second).toEqual(first);
    expect(await t.ok('selfservice.checkout', input, KIOSK)).toEqual(first);
    expect((await t.ok('lending.loans', {})).total).toBe(1);
    // The repeat is checked too: its request id without the right PIN gets nothing.
    expect((await t.refused('selfservice.checkout', { ...input, pin: '0000' }, KIOSK)).code).toBe(
      'wrong_pin',
    );

    const back = { cardNo: 'C001', pin: '2468', barcode: a.barcodes[0]!, requestId: t.rid() };
    const returned = await t.ok('selfservice.return', back, KIOSK);
    expect(await t.ok('selfservice.return', back, KIOSK)).toEqual(returned);
    expect((await t.ok('lending.loans', {})).total).toBe(0);
  });

  it('is answered from the first line after a restart too: the kiosk retries once the service is back', async () => {
    const dataDir = tempDir();
    const t = await openLibrary({ dataDir });
    await t.ok('settings.update', { 'library.selfService': true, 'library.selfServicePin': true });
    const id = await t.borrower('C001');
    await t.ok('borrowers.setPin', { id, pin: '2468' });
    const a = await t.title('红岩', 1);
    const input = { cardNo: 'C001', pin: '2468', barcode: a.barcodes[0]!, requestId: t.rid() };
    const first = await t.ok('selfservice.checkout', input, KIOSK);
    const back = { cardNo: 'C001', pin: '2468', barcode: a.barcodes[0]!, requestId: t.rid() };

    // The answer was lost with the service: the kiosk sends the same request to the new one.
    t.core.close();
    const restarted = await openTestCore({ dataDir, clock: t.clock });
    await restarted.signIn();
    expect(await restarted.ok('selfservice.checkout', input, KIOSK)).toEqual(first);
    expect((await restarted.ok('lending.loans', {})).total).toBe(1);
    const returned = await restarted.ok('selfservice.return', back, KIOSK);
    restarted.core.close();
    const again = await openTestCore({ dataDir, clock: t.clock });
    await again.signIn();
    expect(await again.ok('selfservice.return', back, KIOSK)).toEqual(returned);
    expect((await again.ok('lending.loans', {})).total).toBe(0);
    // One loan, lent once and returned once: nothing was done twice.
    const db = new Database(again.dbFile, { readonly: true });
    const loans = db.prepare('SELECT returned_at IS NOT NULL AS back FROM loans').all();
    db.close();
    expect(loans).toEqual([{ back: 1 }]);
  });
});
