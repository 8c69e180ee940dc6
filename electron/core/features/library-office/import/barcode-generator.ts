import { copiesRepo } from '../../library/catalogue/copies.repo';
import type { Db } from '../../../db/database';

/**
 * Barcodes for rows that give a 复本数 but no 条码: the centre's own pattern, the one `copies.add`
 * uses (HY and six digits, HY000001 upwards, after the highest one in the catalogue). A barcode
 * the same file writes further down is never generated, so that row is not refused for it.
 */
export function barcodeGenerator(db: Db, reserved: ReadonlySet<string>) {
  const copies = copiesRepo(db);
  return (): string => {
    let candidate = copies.nextBarcode();
    while (reserved.has(candidate) || copies.byBarcode(candidate)) {
      const n = Number(candidate.slice(2)) + 1;
      if (n > 999_999) throw new Error('Own barcodes exhausted');
      candidate = `HY${String(n).padStart(6, '0')}`;
    }
    return candidate;
  };
}
