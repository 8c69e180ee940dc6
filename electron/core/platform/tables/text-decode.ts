import type { TableEncoding } from '../../../shared/tables.types';
import { yieldToLoop } from '../work/slices';
import { unreadable } from './table-error';

export const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * Decodes a CSV as Excel and Chinese library systems write it. A BOM decides; otherwise strict UTF-8,
 * and when that fails GB18030 (a superset of GBK and GB2312, the default of Excel on Chinese Windows).
 * A GBK file is almost never valid UTF-8: its two-byte Han characters (B0–F7 then A1–FE) break
 * UTF-8's continuation-byte rules within a character or two, so the order of the tries is safe.
 * A megabyte at a time, yielding between: a file of 100,000 rows does not hold the event loop.
 */
export async function decodeText(bytes: Uint8Array): Promise<{ text: string; encoding: TableEncoding }> {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: await strict('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  }
  // Excel's "Unicode text" (tab-separated UTF-16 LE with a BOM).
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: await strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: await strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16' };
  try {
    return { text: await inSlices('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    return { text: await strict('gb18030', bytes), encoding: 'gb18030' };
  }
}

const CHUNK = 1 << 20;

async function inSlices(label: string, bytes: Uint8Array): Promise<string> {
  const decoder = new TextDecoder(label, { fatal: true });
  const parts: string[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    parts.push(decoder.decode(bytes.subarray(at, at + CHUNK), { stream: at + CHUNK < bytes.length }));
    await yieldToLoop();
  }
  return parts.join('');
}

async function strict(label: string, bytes: Uint8Array): Promise<string> {
  try {
    return await inSlices(label, bytes);
  } catch {
    throw unreadable('encoding', `The file is not readable text (tried ${label})`);
  }
}

/** Base64 decoded a few megabytes at a time, yielding between (an upload of 20 MB). */
export async function fromBase64(base64: string): Promise<Buffer> {
  // Line breaks would shift the four-character groups a slice must start on.
  const text = /\s/.test(base64) ? base64.replace(/\s+/g, '') : base64;
  const slice = 4 * CHUNK;
  const parts: Buffer[] = [];
  for (let at = 0; at < text.length; at += slice) {
    parts.push(Buffer.from(text.slice(at, at + slice), 'base64'));
    await yieldToLoop();
  }
  return Buffer.concat(parts);
}
