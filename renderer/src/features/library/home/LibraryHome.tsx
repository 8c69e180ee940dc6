import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FlameIcon, ListIcon, ScanIcon, SparkIcon } from '../library-icons';
import { libraryPaths } from '../library-paths';
import { selfServiceQuery } from '../library.queries';
import { SearchBox } from '../search/SearchBox';
import { ShelfTiles } from './ShelfTiles';

/** The reading room's first screen: search, the ways in (new, popular, lists, self-service), the shelves. */
export function LibraryHome() {
  const { t } = useTranslation('library');
  const navigate = useNavigate();
  const selfService = useQuery(selfServiceQuery).data?.enabled === true;
  return (
    <div className="library-screen library-home">
      <div className="library-welcome">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
      </div>
      <SearchBox onSearch={(q) => void navigate(libraryPaths.search(q))} />
      <nav className="library-entries" aria-label={t('home.entries')}>
        <Link to={libraryPaths.newArrivals} className="library-entry">
          <SparkIcon className="library-entry-icon" />
          {t('newArrivals.title')}
        </Link>
        <Link to={libraryPaths.popular} className="library-entry">
          <FlameIcon className="library-entry-icon" />
          {t('popular.title')}
        </Link>
        <Link to={libraryPaths.readingLists} className="library-entry">
          <ListIcon className="library-entry-icon" />
          {t('readingLists.title')}
        </Link>
        {selfService && (
          <Link to={libraryPaths.selfService} className="library-entry library-entry-self">
            <ScanIcon className="library-entry-icon" />
            {t('selfService.title')}
          </Link>
        )}
      </nav>
      <ShelfTiles />
    </div>
  );
}
