import { describe, expect, it } from 'vitest';
import type { Result } from '../shared';
import { startHost } from './server';
import { silentLogger } from '../core/log';
import { TEST_ADMIN_PIN, tempDir } from '../core/testing';
import { openLibrary } from '../core/features/library/library-test-kit';

describe('two checkouts of one copy racing over HTTP', () => {
  it('lend the copy exactly once', async () => {
    const t = await openLibrary();
    await t.borrower('C001');
    await t.borrower('C002');
    const { barcodes } = await t.title('红岩', 1);
    const host = await startHost({ core: t.core, staticDir: tempDir(), log: silentLogger });
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Kiosk': '1' };
      const post = async (method: string, input: unknown) => {
        const res = await fetch(`${host.url}/api/invoke`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ method, input }),
        });
        const cookie = res.headers.get('set-cookie');
        if (cookie) headers.Cookie = cookie.split(';')[0] ?? '';
        return (await res.json()) as Result<unknown>;
      };
      expect((await post('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN })).ok).toBe(true);
      const results = await Promise.all([
        post('lending.checkout', { cardNo: 'C001', barcode: barcodes[0], requestId: 'race-aaaaaaaa' }),
        post('lending.checkout', { cardNo: 'C002', barcode: barcodes[0], requestId: 'race-bbbbbbbb' }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const refused = results.find((r) => !r.ok);
      expect(refused && !refused.ok && refused.error.code).toBe('copy_on_loan');
      expect((await t.ok('lending.loans', {})).total).toBe(1);
    } finally {
      await host.close();
    }
  });
});
