import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { libraryPaths } from './library-paths';
import { BackButton } from './ScreenHeader';

/** A shelf, list or book that is not there (a stale link, a withdrawn title). */
export function NotFound() {
  const { t } = useTranslation('library');
  return (
    <section className="library-screen library-missing" aria-labelledby="missing-title">
      <h1 id="missing-title">{t('missing.title')}</h1>
      <p className="lead">{t('missing.text')}</p>
      <div className="form-actions">
        <BackButton />
        <Link to={libraryPaths.home} className="btn btn-primary btn-large">
          {t('nav.libraryHome')}
        </Link>
      </div>
    </section>
  );
}
