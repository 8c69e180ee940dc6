import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/error-text';
import { BookshelfIcon } from '../library-icons';
import { libraryPaths } from '../library-paths';
import { shelvesQuery } from '../library.queries';

/** The first shelves core lists (党史学习角 and the four period cabinets) are drawn larger. */
const FEATURED = 5;

/** Every shelf as a big tile, in core's order. */
export function ShelfTiles() {
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const shelves = useQuery(shelvesQuery);
  return (
    <section className="library-section" aria-labelledby="shelves-title">
      <h2 id="shelves-title">{t('shelves.title')}</h2>
      {shelves.isError && <p className="form-error">{errorText(shelves.error)}</p>}
      {shelves.isPending && <p className="library-status">{t('list.loading')}</p>}
      {shelves.data && (
        <ul className="library-shelf-tiles" aria-labelledby="shelves-title">
          {shelves.data.map((shelf, i) => (
            <li key={shelf.id} className={i < FEATURED ? 'library-shelf-tiles-featured' : undefined}>
              <Link
                to={libraryPaths.shelf(shelf.id)}
                className={
                  i < FEATURED ? 'library-shelf-tile library-shelf-tile-featured' : 'library-shelf-tile'
                }
              >
                <BookshelfIcon className="library-shelf-tile-icon" />
                <span className="library-shelf-tile-name">{shelf.name}</span>
                <span className="library-shelf-tile-count">
                  {t('shelves.count', { count: shelf.titleCount })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
