import { useCallback, useRef, useState } from 'react';
import { toHalfWidth } from '../../../../../electron/shared/library.types';
import { newRequestId } from '../../../lib/request-id';
import { addScan, settle, type ScanLine } from '../../../lib/scan-lines';

export type { ScanLine };

/**
 * The books scanned in one self-service session, newest first. A second scan of a book already
 * done or under way (a double scan, a nervous second tap) adds nothing and says so. A refused one
 * may be scanned again, under the same requestId: when the refusal was a lost answer (the network,
 * a timeout) to a call that went through, the API answers with that first result instead of
 * "already on loan". The lines live in a ref as well as in state, because a scanner can send the
 * next barcode before React has rendered the last one.
 */
export function useScanLines<T>(run: (barcode: string, requestId: string) => Promise<T>) {
  const latest = useRef<ScanLine<T>[]>([]);
  const [lines, setLines] = useState<ScanLine<T>[]>([]);
  const [repeated, setRepeated] = useState<string | null>(null);
  const commit = useCallback((next: ScanLine<T>[]) => {
    latest.current = next;
    setLines(next);
  }, []);

  const scan = useCallback(
    (raw: string) => {
      const barcode = toHalfWidth(raw).trim().toUpperCase();
      if (!barcode) return;
      if (latest.current.some((l) => l.code === barcode && l.state !== 'refused')) {
        setRepeated(barcode);
        return;
      }
      setRepeated(null);
      const { line, lines: next } = addScan(latest.current, barcode, newRequestId, Date.now());
      commit(next);
      run(barcode, line.requestId).then(
        (value) => commit(settle(latest.current, line.key, { ok: true, value })),
        (error: unknown) => commit(settle(latest.current, line.key, { ok: false, error })),
      );
    },
    [run, commit],
  );

  return { lines, scan, repeated, done: lines.filter((l) => l.state === 'done').length };
}
