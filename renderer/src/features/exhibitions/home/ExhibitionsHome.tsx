import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ExhibitionCard } from '../../../../../electron/shared/exhibitions.types';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { useErrorText } from '../../../lib/error-text';
import { SearchIcon } from '../../../components/icons';
import { ExhibitionIcon, TimelineIcon } from '../exhibitions-icons';
import { exhibitionsPaths } from '../exhibitions-paths';
import { exhibitionsListQuery } from '../exhibitions.queries';
import { Shown } from '../shown-text';

/** One exhibition as a card: its cover, title, years and how many exhibits it holds. */
function Card({ card }: { card: ExhibitionCard }) {
  const { t } = useTranslation('exhibitions');
  const titleId = `exhibitions-card-${card.id}`;
  return (
    <li>
      <Link to={exhibitionsPaths.exhibition(card.id)} className="exhibitions-card" aria-labelledby={titleId}>
        <span className="exhibitions-card-cover">
          {card.cover?.variants.includes('screen') || card.cover?.variants.includes('thumb') ? (
            <img
              src={mediaUrl(card.cover.id, card.cover.variants.includes('screen') ? 'screen' : 'thumb')}
              alt=""
              loading="lazy"
              decoding="async"
            />
          ) : (
            <ExhibitionIcon className="exhibitions-card-placeholder" />
          )}
        </span>
        <span className="exhibitions-card-text">
          <Shown text={card.title} as="h2" id={titleId} className="exhibitions-card-title" />
          {card.subtitle && (
            <Shown text={card.subtitle} as="p" className="exhibitions-card-subtitle" note={false} />
          )}
          <span className="exhibitions-card-meta">
            {card.years && <span>{t('home.years', { from: card.years[0], to: card.years[1] })}</span>}
            <span>{t('home.exhibitCount', { count: card.exhibitCount })}</span>
          </span>
        </span>
      </Link>
    </li>
  );
}

/** The exhibitions' first screen: every exhibition on show, and the ways to the timeline and search. */
export function ExhibitionsHome() {
  const { t } = useTranslation('exhibitions');
  const errorText = useErrorText();
  const list = useQuery(exhibitionsListQuery);
  return (
    <section className="exhibitions-screen" aria-labelledby="exhibitions-home-title">
      <header className="exhibitions-welcome">
        <div>
          <h1 id="exhibitions-home-title">{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
        </div>
        <nav className="exhibitions-entries" aria-label={t('nav.home')}>
          <Link to={exhibitionsPaths.timeline} className="btn btn-primary btn-huge">
            <TimelineIcon />
            {t('nav.timeline')}
          </Link>
          <Link to={exhibitionsPaths.search()} className="btn btn-secondary btn-huge">
            <SearchIcon />
            {t('nav.search')}
          </Link>
        </nav>
      </header>
      {list.isPending && <p className="exhibitions-status">{t('home.loading')}</p>}
      {list.isError && <p className="form-error">{errorText(list.error)}</p>}
      {list.data?.length === 0 && <p className="exhibitions-status">{t('home.none')}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="exhibitions-cards" aria-label={t('home.list')}>
          {list.data.map((card) => (
            <Card key={card.id} card={card} />
          ))}
        </ul>
      )}
    </section>
  );
}
