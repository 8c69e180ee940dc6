import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

let openDialogs = 0;

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog. The app's root becomes inert while it is open (and so does a dialog under it),
 * but not the on-screen keyboard, which lives beside the root so a dialog's fields can be typed in.
 */
export function Dialog(props: {
  labelledBy: string;
  describedBy?: string;
  role?: 'dialog' | 'alertdialog';
  onClose?: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  className?: string;
  /** Covers the keyboard too, for a dialog without fields: it then stays put as the keyboard closes. */
  overKeyboard?: boolean;
  children: ReactNode;
}) {
  const {
    labelledBy,
    describedBy,
    role = 'dialog',
    onClose,
    initialFocus,
    className,
    overKeyboard,
    children,
  } = props;
  const backdrop = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);

  useEffect(() => {
    closeRef.current = onClose;
  });

  useEffect(() => {
    const root = document.getElementById('root');
    const mine = backdrop.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openDialogs++;
    root?.setAttribute('inert', '');
    for (const other of mine?.parentElement?.children ?? [])
      if (other !== mine) other.setAttribute('inert', '');
    const first = initialFocus?.current ?? panel.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && closeRef.current) closeRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      openDialogs--;
      const host = mine?.parentElement;
      const below = [...(host?.children ?? [])].filter((el) => el !== mine).at(-1);
      below?.removeAttribute('inert');
      if (openDialogs === 0) root?.removeAttribute('inert');
      if (previous?.isConnected) previous.focus();
    };
  }, [initialFocus]);

  const host = document.getElementById('dialog-root');
  if (!host) return null;
  return createPortal(
    <div className={overKeyboard ? 'dialog-backdrop dialog-backdrop-over' : 'dialog-backdrop'} ref={backdrop}>
      <div
        ref={panel}
        className={className ? `dialog ${className}` : 'dialog'}
        role={role}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
      >
        {children}
      </div>
    </div>,
    host,
  );
}
