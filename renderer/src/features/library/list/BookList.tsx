import { useRef, type CSSProperties } from 'react';
import { BookCard } from '../book/BookCard';
import type { BookSource } from './book-sources';
import { useElementSize } from './use-element-size';
import { usePagedRows } from './use-paged-rows';
import { useVisibleRows } from './use-visible-rows';

/**
 * A grid of books that stays smooth at any length: only the rows on screen (and a few either
 * side) exist in the page, each card placed at its own offset; the list's full height keeps the
 * page's scrolling true. Row height and card width come from CSS (a hidden probe), so they follow
 * the large-text mode and the screen's orientation.
 */
export function BookList(props: { source: BookSource; total: number; label: string }) {
  const { source, total, label } = props;
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
    const book = rowAt(index);
    const place: CSSProperties = {
      top: Math.floor(index / columns) * cell.height,
      left: `${((index % columns) * 100) / columns}%`,
      width: `${100 / columns}%`,
      height: cell.height,
    };
    items.push(
      book ? (
        <div
          key={index}
          role="listitem"
          aria-setsize={total}
          aria-posinset={index + 1}
          className="book-slot"
          style={place}
        >
          <BookCard book={book} />
        </div>
      ) : (
        <div key={index} aria-hidden="true" className="book-slot" style={place}>
          <div className="book-card book-card-loading" />
        </div>
      ),
    );
  }

  return (
    <div
      ref={list}
      className="book-list"
      role="list"
      aria-label={label}
      style={{ height: rowCount * cell.height }}
    >
      <div ref={probe} className="book-list-probe" aria-hidden="true" />
      {items}
    </div>
  );
}
