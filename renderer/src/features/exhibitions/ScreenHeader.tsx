import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ChevronLeftIcon } from '../../components/icons';
import { exhibitionsPaths } from './exhibitions-paths';

/** "Back" where the visitor came from, or to the exhibitions' first screen when they came by a link. */
export function BackButton() {
  const { t } = useTranslation('exhibitions');
  const navigate = useNavigate();
  const { key } = useLocation();
  return (
    <button
      type="button"
      className="btn btn-secondary btn-large exhibitions-back"
      onClick={() => void (key === 'default' ? navigate(exhibitionsPaths.home) : navigate(-1))}
    >
      <ChevronLeftIcon />
      {t('nav.back')}
    </button>
  );
}

/** The top of every screen after the first: back, the screen's name (given as an element), and tools. */
export function ScreenHeader(props: { title: ReactNode; lead?: ReactNode; children?: ReactNode }) {
  const { title, lead, children } = props;
  return (
    <header className="exhibitions-header">
      <BackButton />
      <div className="exhibitions-heading">
        {title}
        {lead}
      </div>
      {children && <div className="exhibitions-header-tools">{children}</div>}
    </header>
  );
}
