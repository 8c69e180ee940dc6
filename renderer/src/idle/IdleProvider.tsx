import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { IdleContext, type IdleApi } from './idle-context';
import { IdleDialog } from './IdleDialog';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
const TICK_MS = 250;

/**
 * After `idleSeconds` without a touch, asks "还在看吗？" for `countdownSeconds`, then calls
 * `onTimeout` (the reset). Any touch or key press (or the dialog's button) answers it. Not running while
 * `enabled` is false (the attract screen) or while something holds it with `useIdlePause`.
 */
export function IdleProvider(props: {
  enabled: boolean;
  idleSeconds: number;
  countdownSeconds: number;
  onTimeout: () => void;
  children: ReactNode;
}) {
  const { enabled, idleSeconds, countdownSeconds, onTimeout, children } = props;
  const [pauses, setPauses] = useState(0);
  const [countdown, setCountdown] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const deadline = useRef<number | null>(null);
  const timeout = useRef(onTimeout);
  const running = enabled && pauses === 0;

  useEffect(() => {
    timeout.current = onTimeout;
  });

  const stillHere = useCallback(() => {
    lastActivity.current = Date.now();
    deadline.current = null;
    setCountdown(null);
  }, []);

  useEffect(() => {
    // A touch on the dialog itself is left to its button (whose click answers), so the button
    // is not pulled away from under the finger between touch and click.
    const onActivity = (e: Event) => {
      if (e.target instanceof Element && e.target.closest('.idle-dialog')) lastActivity.current = Date.now();
      else stillHere();
    };
    const options = { capture: true, passive: true };
    for (const name of ACTIVITY) window.addEventListener(name, onActivity, options);
    return () => {
      for (const name of ACTIVITY) window.removeEventListener(name, onActivity, options);
    };
  }, [stillHere]);

  useEffect(() => {
    if (!running) return;
    lastActivity.current = Date.now();
    deadline.current = null;
    const timer = setInterval(() => {
      const now = Date.now();
      if (deadline.current === null) {
        if (now - lastActivity.current < idleSeconds * 1000) {
          setCountdown(null);
          return;
        }
        deadline.current = now + countdownSeconds * 1000;
      }
      const left = Math.ceil((deadline.current - now) / 1000);
      if (left > 0) {
        setCountdown(left);
        return;
      }
      deadline.current = null;
      setCountdown(null);
      timeout.current();
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [running, idleSeconds, countdownSeconds]);

  const api = useMemo<IdleApi>(
    () => ({
      pause: () => {
        setPauses((n) => n + 1);
        let released = false;
        return () => {
          if (released) return;
          released = true;
          setPauses((n) => n - 1);
        };
      },
    }),
    [],
  );

  return (
    <IdleContext value={api}>
      {children}
      {running && countdown !== null && <IdleDialog seconds={countdown} onContinue={stillHere} />}
    </IdleContext>
  );
}
