import { memo } from 'react';
import { Link } from 'react-router';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { libraryPaths } from '../library-paths';
import { useAuthorsText, useAvailabilityText } from './book-text';
import { Cover } from './Cover';

/** One book in a list: cover, title, authors and whether a copy is on the shelf; opens its page. */
export const BookCard = memo(function BookCard({ book }: { book: TitleCard }) {
  const authors = useAuthorsText().short(book.authors);
  const availability = useAvailabilityText()(book);
  return (
    <Link to={libraryPaths.book(book.id)} className="library-book-card">
      <Cover book={book} size="card" />
      <span className="library-book-card-text">
        <span className="library-book-card-title">{book.title}</span>
        {authors && <span className="library-book-card-authors">{authors}</span>}
        <span className={`library-availability library-availability-${availability.tone}`}>
          {availability.text}
        </span>
      </span>
    </Link>
  );
});
