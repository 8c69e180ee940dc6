import { useTranslation } from 'react-i18next';
import { ChevronLeftIcon, ChevronRightIcon } from './icons';
import './pager.css';

/** Previous / next through a paged list; the page number is announced when it changes. */
export function Pager(props: {
  page: number;
  total: number;
  pageSize: number;
  onPage: (page: number) => void;
}) {
  const { page, total, pageSize, onPage } = props;
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        <ChevronLeftIcon />
        {t('pager.previous')}
      </button>
      <span aria-live="polite">{t('pager.page', { page: page + 1, pages })}</span>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pager.next')}
        <ChevronRightIcon />
      </button>
    </nav>
  );
}
