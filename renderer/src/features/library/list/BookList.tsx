import { VirtualGrid } from '../../../components/VirtualGrid';
import { BookCard } from '../book/BookCard';
import type { BookSource } from './book-sources';

/** Books as a grid of cards at any length (see VirtualGrid); a card's size comes from book.css. */
export function BookList(props: { source: BookSource; total: number; label: string }) {
  const { source, total, label } = props;
  return (
    <VirtualGrid
      source={source}
      total={total}
      label={label}
      className="library-book-list"
      renderCell={(book) => <BookCard book={book} />}
      placeholder={<div className="library-book-card library-book-card-loading" />}
    />
  );
}
