import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../../lib/error-text';
import { ListIcon } from '../library-icons';
import { libraryPaths } from '../library-paths';
import { readingListsQuery } from '../library.queries';
import { ScreenHeader } from '../ScreenHeader';

/** The librarians' reading lists (推荐书单), each a big tile. */
export function ReadingListsScreen() {
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const lists = useQuery(readingListsQuery);
  return (
    <section className="library-screen" aria-labelledby="lists-title">
      <ScreenHeader title={t('readingLists.title')} titleId="lists-title" lead={t('readingLists.lead')} />
      {lists.isError && <p className="form-error">{errorText(lists.error)}</p>}
      {lists.isPending && <p className="library-status">{t('list.loading')}</p>}
      {lists.data?.length === 0 && <p className="library-count">{t('readingLists.none')}</p>}
      {lists.data && lists.data.length > 0 && (
        <ul className="library-shelf-tiles" aria-labelledby="lists-title">
          {lists.data.map((list) => (
            <li key={list.id}>
              <Link to={libraryPaths.readingList(list.id)} className="library-shelf-tile">
                <ListIcon className="library-shelf-tile-icon" />
                <span className="library-shelf-tile-name">{list.name}</span>
                {list.description && <span className="library-shelf-tile-text">{list.description}</span>}
                <span className="library-shelf-tile-count">
                  {t('shelves.count', { count: list.titleCount })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
