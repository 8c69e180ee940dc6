import { copiesRepo } from '../../library/catalogue/copies.repo';
import type { Db } from '../../../db/database';

const OWN = /^HY(\d{6})$/;
const own = (n: number) => `HY${String(n).padStart(6, '0')}`;

/**
 * Barcodes for rows that give a 复本数 but no 条码: the centre's own pattern, the one `copies.add`
 * uses (HY and six digits, HY000001 upwards, after the highest one in the catalogue). A barcode
 * the same file writes further down is never generated, so that row is not refused for it.
 *
 * The highest is read once and then kept here (the import holds the write lock: nobody else adds
 * copies meanwhile); `added` tells it of every barcode the import writes, so an own barcode given
 * in a row moves it on as reading the catalogue again would.
 */
export function barcodeGenerator(db: Db, reserved: ReadonlySet<string>) {
  const copies = copiesRepo(db);
  let next = Number(copies.nextBarcode().slice(2));
  return {
    next(): string {
      for (;;) {
        if (next > 999_999) throw new Error('Own barcodes exhausted');
        const candidate = own(next++);
        if (!reserved.has(candidate) && !copies.byBarcode(candidate)) return candidate;
      }
    },
    added(barcode: string): void {
      const m = OWN.exec(barcode);
      if (m) next = Math.max(next, Number(m[1]) + 1);
    },
  };
}
