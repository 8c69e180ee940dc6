import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { InputMethod } from './input-method';
import { KeyboardContext, type FieldHandle, type KeyboardApi } from './keyboard-context';

/*
 * A tap on a button outside the field blurs the field on its mousedown and clicks on its mouseup.
 * Closing the keyboard in between would move the page under the finger and the click would land
 * elsewhere, so the keyboard lingers this long after the field lets go.
 */
const CLOSE_DELAY_MS = 300;

export function KeyboardProvider(props: { inputMethods: readonly InputMethod[]; children: ReactNode }) {
  const { inputMethods, children } = props;
  const [active, setActive] = useState<FieldHandle | null>(null);
  const closing = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelClose = () => {
    if (closing.current) clearTimeout(closing.current);
    closing.current = null;
  };
  useEffect(() => cancelClose, []);

  const open = useCallback((field: FieldHandle) => {
    cancelClose();
    setActive(field);
  }, []);
  const release = useCallback(() => {
    cancelClose();
    closing.current = setTimeout(() => {
      closing.current = null;
      setActive((current) => (current?.hasFocus() ? current : null));
    }, CLOSE_DELAY_MS);
  }, []);

  const api = useMemo<KeyboardApi>(
    () => ({ active, open, release, inputMethods }),
    [active, open, release, inputMethods],
  );
  return <KeyboardContext value={api}>{children}</KeyboardContext>;
}
