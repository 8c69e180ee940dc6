import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiFailure } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { libraryPaths, idParam } from '../library-paths';
import { titleQuery } from '../library.queries';
import { NotFound } from '../NotFound';
import { BackButton } from '../ScreenHeader';
import { BookFacts } from './BookFacts';
import { useAuthorsText, useAvailabilityText } from './book-text';
import { Cover } from './Cover';
import { QrCode } from './QrCode';

/** One book: cover, details, summary, where it stands, whether a copy is in, and a QR code for a phone. */
export function BookScreen() {
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const id = idParam(useParams().titleId);
  const book = useQuery({ ...titleQuery(id ?? 0), enabled: id !== null });
  const authors = useAuthorsText();
  const availabilityText = useAvailabilityText();

  if (id === null || (book.error instanceof ApiFailure && book.error.code === 'not_found'))
    return <NotFound />;
  if (!book.data) {
    return (
      <section className="library-screen">
        <BackButton />
        <p className={book.isError ? 'form-error' : 'library-status'}>
          {book.isError ? errorText(book.error) : t('list.loading')}
        </p>
      </section>
    );
  }

  const b = book.data;
  const { availability } = b;
  const status = availabilityText(availability, availability.firstDueBack);
  return (
    <article className="library-screen library-book-page" aria-labelledby="book-title">
      <BackButton />
      <div className="library-book-main">
        <Cover book={b} size="page" />
        <div className="library-book-info">
          <h1 id="book-title">{b.title}</h1>
          {b.subtitle && <p className="library-book-subtitle">{b.subtitle}</p>}
          {b.authors.length > 0 && <p className="library-book-authors">{authors.full(b.authors)}</p>}
          <div className="library-book-where">
            <p
              className={`library-availability library-availability-${status.tone} library-availability-large`}
            >
              {status.text}
            </p>
            {availability.shelf && (
              <p className="library-book-shelf">
                {t('book.shelf')}
                <Link to={libraryPaths.shelf(availability.shelf.id)} className="btn btn-secondary">
                  {availability.shelf.name}
                </Link>
              </p>
            )}
            {availability.holdsWaiting > 0 && (
              <p className="muted">{t('book.holdsWaiting', { count: availability.holdsWaiting })}</p>
            )}
          </div>
          <BookFacts book={b} />
        </div>
        <QrCode text={b.qr} />
      </div>
      {b.summary && (
        <section className="library-book-summary" aria-labelledby="summary-title">
          <h2 id="summary-title">{t('book.summary')}</h2>
          <p>{b.summary}</p>
        </section>
      )}
      {b.readingLists.length > 0 && (
        <section className="library-book-lists" aria-labelledby="in-lists-title">
          <h2 id="in-lists-title">{t('book.inLists')}</h2>
          <ul className="library-suggestion-chips">
            {b.readingLists.map((list) => (
              <li key={list.id}>
                <Link to={libraryPaths.readingList(list.id)} className="btn btn-secondary btn-chip btn-large">
                  {list.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
