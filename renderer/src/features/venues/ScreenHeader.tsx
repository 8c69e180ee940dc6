import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ChevronLeftIcon } from '../../components/icons';
import { venuesPaths } from './venues-paths';

/** The top of every screen after the first: back where the visitor came from, and the screen's name. */
export function ScreenHeader({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  const { t } = useTranslation('venues');
  const navigate = useNavigate();
  const { key } = useLocation();
  return (
    <header className="venues-header">
      <button
        type="button"
        className="btn btn-secondary btn-large venues-back"
        onClick={() => void (key === 'default' ? navigate(venuesPaths.home) : navigate(-1))}
      >
        <ChevronLeftIcon />
        {t('nav.back')}
      </button>
      <div className="venues-heading">
        {title}
        {lead}
      </div>
    </header>
  );
}
