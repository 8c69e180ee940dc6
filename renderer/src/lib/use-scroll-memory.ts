import { useEffect, useLayoutEffect } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';

/** Scroll positions by history entry, so "back" from a book returns to the same place in a long list. */
const positions = new Map<string, number>();
const MAX_REMEMBERED = 50;
/** A restored list may still be measuring its height: try for this many frames. */
const RESTORE_FRAMES = 20;

/**
 * A screen that starts at the top, unless the user came back to it ("back" from a book returns to
 * the same place in a long list, even while the list is still measuring its height).
 */
export function useScrollMemory(): void {
  const { key } = useLocation();
  const navigation = useNavigationType();

  useLayoutEffect(() => {
    const target = navigation === NavigationType.Pop ? (positions.get(key) ?? 0) : 0;
    let frame = 0;
    let tries = 0;
    const restore = () => {
      window.scrollTo(0, target);
      if (Math.abs(window.scrollY - target) > 1 && ++tries < RESTORE_FRAMES)
        frame = requestAnimationFrame(restore);
    };
    restore();
    return () => cancelAnimationFrame(frame);
  }, [key, navigation]);

  useEffect(() => {
    const save = () => {
      positions.delete(key);
      positions.set(key, window.scrollY);
      if (positions.size > MAX_REMEMBERED) positions.delete(positions.keys().next().value ?? '');
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [key]);
}
