import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { exhibitionsPaths } from './exhibitions-paths';
import { BackButton } from './ScreenHeader';

/** An exhibition or exhibit that is not there (a stale link, a withdrawn version). */
export function NotFound() {
  const { t } = useTranslation('exhibitions');
  return (
    <section className="exhibitions-screen exhibitions-missing" aria-labelledby="exhibitions-missing-title">
      <h1 id="exhibitions-missing-title">{t('missing.title')}</h1>
      <p className="lead">{t('missing.text')}</p>
      <div className="form-actions">
        <BackButton />
        <Link to={exhibitionsPaths.home} className="btn btn-primary btn-large">
          {t('nav.home')}
        </Link>
      </div>
    </section>
  );
}
