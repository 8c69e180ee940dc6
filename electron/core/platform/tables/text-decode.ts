import type { TableEncoding } from '../../../shared/tables.types';
import { unreadable } from './table-error';

export const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a CSV as Excel and Chinese library systems write it. A BOM decides; otherwise strict UTF-8,
 * and when that fails GB18030 (a superset of GBK and GB2312, the default of Excel on Chinese Windows).
 * A GBK file is almost never valid UTF-8: its two-byte Han characters (B0–F7 then A1–FE) break
 * UTF-8's continuation-byte rules within a character or two, so the order of the tries is safe.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TableEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  // Excel's "Unicode text" (tab-separated UTF-16 LE with a BOM).
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: strict('gb18030', bytes), encoding: 'gb18030' };
  }
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw unreadable('encoding', `The file is not readable text (tried ${label})`);
  }
}
