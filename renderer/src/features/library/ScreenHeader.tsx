import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { BackIcon } from './library-icons';
import { libraryPaths } from './library-paths';

/** "Back" where the visitor came from, or to the reading room's first screen when they came by a link. */
export function BackButton() {
  const { t } = useTranslation('library');
  const navigate = useNavigate();
  const { key } = useLocation();
  return (
    <button
      type="button"
      className="btn btn-secondary btn-large library-back"
      onClick={() => void (key === 'default' ? navigate(libraryPaths.home) : navigate(-1))}
    >
      <BackIcon />
      {t('nav.back')}
    </button>
  );
}

/** The top of every screen after the first: back, the screen's name, and whatever it adds (a sort switch). */
export function ScreenHeader(props: {
  title: string;
  titleId: string;
  lead?: string | null;
  children?: ReactNode;
}) {
  const { title, titleId, lead, children } = props;
  return (
    <header className="library-header">
      <BackButton />
      <div className="library-heading">
        <h1 id={titleId}>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
      </div>
      {children && <div className="library-header-tools">{children}</div>}
    </header>
  );
}
