import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeIcon } from '../components/icons';
import { LanguageSwitch } from '../components/LanguageSwitch';

/**
 * What a visitor sees when a screen fails: a calm sentence and the way home. `standalone` when the
 * shell itself failed, so the screen brings its own landmark and language switch.
 */
export function ErrorScreen(props: { notFound?: boolean; standalone?: boolean; outsideRouter?: boolean }) {
  const { notFound, standalone, outsideRouter } = props;
  const { t } = useTranslation();
  const home = outsideRouter ? (
    <button
      type="button"
      className="btn btn-primary btn-large"
      onClick={() => {
        window.location.hash = '#/home';
        window.location.reload();
      }}
    >
      <HomeIcon />
      {t('error.home')}
    </button>
  ) : (
    <Link to="/home" className="btn btn-primary btn-large">
      <HomeIcon />
      {t('error.home')}
    </Link>
  );
  const body = (
    <section className="error-screen" aria-labelledby="error-title">
      <h1 id="error-title">{notFound ? t('error.notFoundTitle') : t('error.title')}</h1>
      <p className="lead">{notFound ? t('error.notFoundText') : t('error.text')}</p>
      {home}
    </section>
  );
  if (!standalone) return body;
  return (
    <main className="standalone">
      <div className="standalone-bar">
        <LanguageSwitch />
      </div>
      {body}
    </main>
  );
}
