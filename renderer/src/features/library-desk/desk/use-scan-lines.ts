import { useCallback, useRef, useState } from 'react';
import { newRequestId } from '../../../lib/request-id';
import { addScan, markUndone, settle, type ScanLine } from '../../../lib/scan-lines';

/**
 * Runs one API call per scan and keeps the session's lines. The lines live in a ref as well as in
 * state, because a scanner can send the next barcode before React has rendered the last one.
 */
export function useScanLines<R>(
  run: (code: string, requestId: string) => Promise<R>,
  options: { onDone?: (value: R) => void; repeatWindowMs?: number } = {},
) {
  const { onDone, repeatWindowMs } = options;
  const latest = useRef<ScanLine<R>[]>([]);
  const [lines, setLines] = useState<ScanLine<R>[]>([]);
  const commit = useCallback((next: ScanLine<R>[]) => {
    latest.current = next;
    setLines(next);
  }, []);

  const scan = useCallback(
    (code: string) => {
      const { line, lines: next } = addScan(latest.current, code, newRequestId, Date.now(), repeatWindowMs);
      commit(next);
      run(code, line.requestId).then(
        (value) => {
          commit(settle(latest.current, line.key, { ok: true, value }));
          onDone?.(value);
        },
        (error: unknown) => commit(settle(latest.current, line.key, { ok: false, error })),
      );
    },
    [run, onDone, repeatWindowMs, commit],
  );

  const undo = useCallback((key: string) => commit(markUndone(latest.current, key)), [commit]);
  const clear = useCallback(() => commit([]), [commit]);

  return { lines, scan, undo, clear };
}
