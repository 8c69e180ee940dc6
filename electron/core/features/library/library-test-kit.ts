import type { In } from '../../../shared';
import type { BorrowerType } from '../../../shared/library.api';
import { ADMIN_CLIENT, openTestCore, testClock, type TestCore, type TestCoreOptions } from '../../testing';

/**
 * A reading room for one test: a real Core on a real SQLite file, the admin signed in, one shelf,
 * and helpers that make titles, copies and borrowers through the API. Only tests import this file.
 */
export interface LibraryKit extends TestCore {
  shelfId: number;
  /** A fresh requestId, different for every call. */
  rid(): string;
  title(
    name: string,
    copies?: number,
    extra?: Partial<In<'titles.create'>>,
  ): Promise<{ id: number; barcodes: string[] }>;
  borrower(cardNo: string, type?: BorrowerType, name?: string): Promise<number>;
  /** Moves the clock on by whole days; the admin signs in again (sessions end after 10 idle minutes). */
  days(n: number): Promise<void>;
}

export const DAY = 86_400_000;
/** A Monday morning in China (02:00 UTC is 10:00 in Beijing), away from the demo holidays. */
export const KIT_START = '2026-03-02T02:00:00.000Z';

export async function openLibrary(options: TestCoreOptions = {}): Promise<LibraryKit> {
  const t = await openTestCore({ clock: testClock(KIT_START), ...options });
  await t.signIn();
  const shelf = await t.ok('shelves.create', { name: '测试书架' });
  let n = 0;
  return {
    ...t,
    shelfId: shelf.id,
    rid: () => `req-${String(++n).padStart(8, '0')}`,
    async title(name, copies = 1, extra = {}) {
      const title = await t.ok('titles.create', { title: name, ...extra });
      const barcodes: string[] = [];
      for (let i = 0; i < copies; i++) {
        barcodes.push((await t.ok('copies.add', { titleId: title.id, shelfId: shelf.id })).barcode);
      }
      return { id: title.id, barcodes };
    },
    async borrower(cardNo, type = 'employee', name = `读者${cardNo}`) {
      return (await t.ok('borrowers.create', { cardNo, name, type, phone: '13812341234' })).id;
    },
    async days(d) {
      // The same admin session carries on (as if the librarian kept working); a PIN check per
      // jump would cost a deliberately slow scrypt each time.
      const staff = t.core.sessions.get(ADMIN_CLIENT, false);
      t.clock.advance(d * DAY);
      if (staff) t.core.sessions.signIn(ADMIN_CLIENT, staff);
      else await t.signIn();
    },
  };
}
