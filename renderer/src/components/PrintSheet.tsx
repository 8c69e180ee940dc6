import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print-sheet.css';

/**
 * What `window.print()` prints: a copy of its children beside the app's root, which the print
 * stylesheet alone shows on paper (and never on screen). Mount one at a time. What is printed is
 * styled by its own feature's `@media print` rules under `.print-sheet`.
 */
export function PrintSheet({ children }: { children: ReactNode }) {
  const [host] = useState(() => {
    const el = document.createElement('div');
    el.className = 'print-sheet';
    return el;
  });
  useEffect(() => {
    document.body.append(host);
    return () => host.remove();
  }, [host]);
  return createPortal(children, host);
}
