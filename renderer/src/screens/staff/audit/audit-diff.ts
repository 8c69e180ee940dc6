/** One field of an audited record that a staff write changed (or set, or removed). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// Bookkeeping fields say nothing a reader of the log needs.
const NOISE = new Set(['id', 'createdAt', 'hasPin']);

/** The fields whose value differs between before and after; a plain value is one field named ''. */
export function changesOf(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before, after }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f));
  // A flag an update adds as `false` (e.g. `pinReset`) is news only when it is true.
  const quietFlag = (f: string) => isRecord(before) && b[f] === undefined && a[f] === false;
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]) && !quietFlag(f))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}
