import { useRef, type CSSProperties, type ReactNode } from 'react';
import type { Paged } from '../../../electron/shared';
import { useElementSize } from '../lib/use-element-size';
import { usePagedRows, type PagedSource, type RowOf } from '../lib/use-paged-rows';
import { useVisibleRows } from '../lib/use-visible-rows';
import './virtual-grid.css';

/**
 * A grid of equal cells that stays smooth at any length: only the rows on screen (and a few either
 * side) exist in the page, each cell placed at its own offset; the grid's full height keeps the
 * page's scrolling true. The cell's width and height come from CSS (a hidden probe, sized by the
 * caller's class as `.<class> .virtual-grid-probe`), so they follow the large-text mode and the
 * screen's orientation. Rows are fetched a page at a time as they come on screen.
 */
export function VirtualGrid<P extends Paged<unknown>>(props: {
  source: PagedSource<P>;
  total: number;
  label: string;
  className: string;
  renderCell: (row: RowOf<P>) => ReactNode;
  /** What stands in a cell while its page is on its way. */
  placeholder: ReactNode;
}) {
  const { source, total, label, className, renderCell, placeholder } = props;
  const list = useRef<HTMLDivElement>(null);
  const probe = useRef<HTMLDivElement>(null);
  const listSize = useElementSize(list);
  const cell = useElementSize(probe);
  const columns = cell.width > 0 ? Math.max(1, Math.floor(listSize.width / cell.width)) : 1;
  const rowCount = Math.ceil(total / columns);
  const rows = useVisibleRows(list, rowCount, cell.height);
  const firstIndex = rows.first * columns;
  const lastIndex = Math.min(total - 1, (rows.last + 1) * columns - 1);
  const rowAt = usePagedRows(source, firstIndex, lastIndex);

  const items = [];
  for (let index = firstIndex; index <= lastIndex; index++) {
    const row = rowAt(index);
    const place: CSSProperties = {
      top: Math.floor(index / columns) * cell.height,
      left: `${((index % columns) * 100) / columns}%`,
      width: `${100 / columns}%`,
      height: cell.height,
    };
    items.push(
      row === undefined ? (
        <div key={index} aria-hidden="true" className="virtual-grid-slot" style={place}>
          {placeholder}
        </div>
      ) : (
        <div
          key={index}
          role="listitem"
          aria-setsize={total}
          aria-posinset={index + 1}
          className="virtual-grid-slot"
          style={place}
        >
          {renderCell(row)}
        </div>
      ),
    );
  }

  return (
    <div
      ref={list}
      className={`virtual-grid ${className}`}
      role="list"
      aria-label={label}
      style={{ height: rowCount * cell.height }}
    >
      <div ref={probe} className="virtual-grid-probe" aria-hidden="true" />
      {items}
    </div>
  );
}
