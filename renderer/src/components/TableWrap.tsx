import type { ReactNode } from 'react';

/**
 * A table that may be wider than its panel (a long id, a translated heading, a large-text screen)
 * scrolls sideways in this frame. The frame is a named region that takes focus, so a keyboard at
 * the staff desk can scroll it too (axe: scrollable-region-focusable).
 */
export function TableWrap({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      aria-label={label}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
