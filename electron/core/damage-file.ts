import fs from 'node:fs';

/**
 * Writes bytes over one page in the middle of a database file, as a failing disk would. Test
 * support for the unit tests (through testing.ts) and the end-to-end recovery spec, which cannot
 * load testing.ts (it imports vitest); the app never imports it.
 */
export function damageFile(file: string): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) || 4096;
  const pages = Math.floor(bytes.length / pageSize);
  if (pages < 4) throw new Error('the file is too small to damage in the middle');
  const start = Math.floor(pages / 2) * pageSize;
  bytes.fill(0xab, start, start + pageSize);
  fs.writeFileSync(file, bytes);
}
