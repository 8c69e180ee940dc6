import { useCallback, useRef, useState } from 'react';
import { toHalfWidth } from '../../../../../electron/shared/library.types';
import { newRequestId } from '../../../lib/request-id';

export type ScanLine<T> =
  | { id: number; barcode: string; state: 'pending' }
  | { id: number; barcode: string; state: 'done'; value: T }
  | { id: number; barcode: string; state: 'refused'; error: unknown };

/**
 * The books scanned in one self-service session, newest first. A second scan of a book already
 * done or under way (a double scan, a nervous second tap) adds nothing and says so; a refused one
 * may be scanned again.
 */
export function useScanLines<T>(run: (barcode: string, requestId: string) => Promise<T>) {
  const [lines, setLines] = useState<ScanLine<T>[]>([]);
  const [repeated, setRepeated] = useState<string | null>(null);
  const nextId = useRef(1);

  const scan = useCallback(
    (raw: string) => {
      const barcode = toHalfWidth(raw).trim().toUpperCase();
      if (!barcode) return;
      if (lines.some((l) => l.barcode === barcode && l.state !== 'refused')) {
        setRepeated(barcode);
        return;
      }
      setRepeated(null);
      const id = nextId.current++;
      const settle = (line: ScanLine<T>) => setLines((all) => all.map((l) => (l.id === id ? line : l)));
      setLines((all) => [{ id, barcode, state: 'pending' }, ...all]);
      run(barcode, newRequestId()).then(
        (value) => settle({ id, barcode, state: 'done', value }),
        (error: unknown) => settle({ id, barcode, state: 'refused', error }),
      );
    },
    [lines, run],
  );

  return { lines, scan, repeated, done: lines.filter((l) => l.state === 'done').length };
}
