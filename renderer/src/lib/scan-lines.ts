/**
 * The lines of a scanning session (the desk's checkouts and returns, a borrower's at the self-service
 * screen): one line per barcode, the newest on top. A second scan of the same barcode reuses the line and its requestId, so the API
 * answers it with the first result: a book scanned twice is lent once and listed once.
 */
export interface ScanLine<R> {
  key: string;
  code: string;
  requestId: string;
  state: 'pending' | 'done' | 'refused';
  result: R | null;
  error: unknown;
  /** How many times it was scanned again after the first. */
  repeats: number;
  /** Taken back with the undo button: a new scan of it starts a new line. */
  undone: boolean;
  /** When it was last scanned (ms). */
  at: number;
}

export interface Scanned<R> {
  lines: ScanLine<R>[];
  line: ScanLine<R>;
}

/**
 * `windowMs`: how long a scan counts as a repeat of the last one. A borrower's session repeats for
 * its whole length; a run of returns only for a while, since a book returned in the morning may be
 * lent and returned again in the afternoon.
 */
export function addScan<R>(
  lines: readonly ScanLine<R>[],
  code: string,
  newId: () => string,
  now: number,
  windowMs = Infinity,
): Scanned<R> {
  const same = lines.find((l) => l.code === code && !l.undone && now - l.at <= windowMs);
  const line: ScanLine<R> = same
    ? {
        ...same,
        at: now,
        repeats: same.repeats + 1,
        state: same.state === 'refused' ? 'pending' : same.state,
      }
    : {
        key: newId(),
        code,
        requestId: newId(),
        state: 'pending',
        result: null,
        error: null,
        repeats: 0,
        undone: false,
        at: now,
      };
  return { line, lines: [line, ...lines.filter((l) => l.key !== line.key)] };
}

export function settle<R>(
  lines: readonly ScanLine<R>[],
  key: string,
  outcome: { ok: true; value: R } | { ok: false; error: unknown },
): ScanLine<R>[] {
  return lines.map((l) => {
    if (l.key !== key) return l;
    // A late refusal (a repeat that crossed the first answer) never hides a book already handled.
    if (!outcome.ok && l.state === 'done') return l;
    return outcome.ok
      ? { ...l, state: 'done', result: outcome.value, error: null }
      : { ...l, state: 'refused', error: outcome.error };
  });
}

export function markUndone<R>(lines: readonly ScanLine<R>[], key: string): ScanLine<R>[] {
  return lines.map((l) => (l.key === key ? { ...l, undone: true } : l));
}
