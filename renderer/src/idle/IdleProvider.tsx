import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { IdleDialog } from './IdleDialog';
import { IdleHoldContext, type TakeIdleHold } from './idle-hold';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
// Media events do not bubble; the provider listens for them on the document, capturing.
const MEDIA_EVENTS = ['playing', 'pause', 'ended', 'emptied', 'error'] as const;
const MEDIA_CHECK_MS = 1000;
const TICK_MS = 250;

/**
 * Whether any video or sound element on the page is playing: nobody touches the screen then, yet
 * someone is watching. Any media element counts, wherever an area puts it. One taken off the page
 * mid-play is paused only after it has left the document, so its pause never reaches the document:
 * while anything plays, what really plays is checked every second too.
 */
function useMediaPlaying(): boolean {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    const media = new Set<HTMLMediaElement>();
    let check: ReturnType<typeof setInterval> | undefined;
    const update = () => {
      for (const m of media) if (!m.isConnected || m.paused || m.ended) media.delete(m);
      setPlaying(media.size > 0);
      if (media.size > 0) check ??= setInterval(update, MEDIA_CHECK_MS);
      else {
        clearInterval(check);
        check = undefined;
      }
    };
    const track = (e: Event) => {
      if (!(e.target instanceof HTMLMediaElement)) return;
      if (e.type === 'playing') media.add(e.target);
      update();
    };
    for (const name of MEDIA_EVENTS) document.addEventListener(name, track, true);
    return () => {
      for (const name of MEDIA_EVENTS) document.removeEventListener(name, track, true);
      clearInterval(check);
    };
  }, []);
  return playing;
}

/**
 * After `idleSeconds` without a touch, asks "还在看吗？" for `countdownSeconds`, then calls
 * `onTimeout` (the reset). Any touch or key press (or the dialog's button) answers it. Not running while
 * `enabled` is false (the attract screen), while a video plays or while something holds it
 * (`useIdleHold`); it starts again from nothing after.
 */
export function IdleProvider(props: {
  enabled: boolean;
  idleSeconds: number;
  countdownSeconds: number;
  onTimeout: () => void;
  children: ReactNode;
}) {
  const { enabled, idleSeconds, countdownSeconds, onTimeout, children } = props;
  const mediaPlaying = useMediaPlaying();
  const [countdown, setCountdown] = useState<number | null>(null);
  const lastActivity = useRef(0);
  const deadline = useRef<number | null>(null);
  const timeout = useRef(onTimeout);
  const [holds, setHolds] = useState(0);
  const running = enabled && !mediaPlaying && holds === 0;

  const takeHold = useCallback<TakeIdleHold>(() => {
    setHolds((n) => n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      setHolds((n) => n - 1);
    };
  }, []);

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

  return (
    <IdleHoldContext value={takeHold}>
      {children}
      {running && countdown !== null && <IdleDialog seconds={countdown} onContinue={stillHere} />}
    </IdleHoldContext>
  );
}
