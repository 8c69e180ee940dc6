import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DisplayToggles } from '../components/DisplayToggles';
import { HomeIcon, StarMark } from '../components/icons';
import { LanguageSwitch } from '../components/LanguageSwitch';

/** On every screen but the attract screen: who we are, the language, the display modes, home. */
export function TopBar({ centreName }: { centreName: string }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <StarMark className="topbar-star" />
        <span className="topbar-name">{centreName}</span>
      </div>
      <div className="topbar-controls">
        <LanguageSwitch />
        <DisplayToggles />
        <Link to="/home" className="btn btn-home">
          <HomeIcon />
          {t('nav.home')}
        </Link>
      </div>
    </header>
  );
}
