import { useEffect, useLayoutEffect } from 'react';
import { NavigationType, Outlet, useLocation, useNavigationType } from 'react-router';
import './library.css';
import './book/book.css';
import './selfservice/self-service.css';

/** Scroll positions by history entry, so "back" from a book returns to the same place in a long list. */
const positions = new Map<string, number>();
const MAX_REMEMBERED = 50;
/** A restored list may still be measuring its height: try for this many frames. */
const RESTORE_FRAMES = 20;

function useScrollMemory(): void {
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

/** Every reading-room screen: its styles, and a page that starts at the top unless going back. */
export function LibraryLayout() {
  useScrollMemory();
  return (
    <div className="library">
      <Outlet />
    </div>
  );
}
