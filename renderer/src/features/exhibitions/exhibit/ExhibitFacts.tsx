import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Exhibit, Exhibition } from '../../../../../electron/shared/exhibitions.types';
import { AreaLink } from '../../../components/AreaLink';
import { exhibitionsPaths } from '../exhibitions-paths';
import { Shown } from '../shown-text';
import { DateLabel } from './ExhibitTile';
import { findExhibit } from './find-exhibit';

/**
 * The facts of an exhibit as a list of terms: date, place, people, source, tags, links. A link to
 * another exhibit of the same exhibition opens it here (`onExhibit`, the curator's preview) or on
 * its page, without asking the published side, which a draft's exhibits are not on yet.
 */
export function ExhibitFacts(props: {
  exhibit: Exhibit;
  exhibition: Exhibition;
  onExhibit?: ((uid: string) => void) | undefined;
}) {
  const { exhibit, exhibition, onExhibit } = props;
  const { t } = useTranslation('exhibitions');
  const { t: tc } = useTranslation();
  const link = (target: Exhibit['links'][number]) => {
    const key = `${target.area}:${target.kind}:${target.id}`;
    if (target.title === null) {
      return (
        <span key={key} className="link-gone">
          {tc('links.gone')}
        </span>
      );
    }
    const own =
      target.area === 'exhibitions' && target.kind === 'exhibit' && findExhibit(exhibition, target.id);
    if (own && onExhibit) {
      return (
        <button key={key} type="button" className="btn btn-secondary" onClick={() => onExhibit(target.id)}>
          {target.title}
        </button>
      );
    }
    if (own) {
      return (
        <Link key={key} to={exhibitionsPaths.exhibit(exhibition.id, target.id)} className="btn btn-secondary">
          {target.title}
        </Link>
      );
    }
    return (
      <AreaLink key={key} target={target}>
        {target.title}
      </AreaLink>
    );
  };
  return (
    <dl className="exhibitions-facts" aria-label={t('exhibit.facts')}>
      {exhibit.date && (
        <div>
          <dt>{t('exhibit.date')}</dt>
          <dd>
            <DateLabel date={exhibit.date} />
            {exhibit.date.approximate && (
              <span className="exhibitions-approx-note">{t('date.approxLabel')}</span>
            )}
          </dd>
        </div>
      )}
      {exhibit.place && (
        <div>
          <dt>{t('exhibit.place')}</dt>
          <dd>
            <Shown text={exhibit.place} />
          </dd>
        </div>
      )}
      {exhibit.people && (
        <div>
          <dt>{t('exhibit.people')}</dt>
          <dd>
            <Shown text={exhibit.people} />
          </dd>
        </div>
      )}
      {exhibit.credit && (
        <div>
          <dt>{t('exhibit.credit')}</dt>
          <dd>
            <Shown text={exhibit.credit} />
          </dd>
        </div>
      )}
      {exhibit.tags.length > 0 && (
        <div>
          <dt>{t('exhibit.tags')}</dt>
          <dd className="exhibitions-tags">
            {exhibit.tags.map((tag) => (
              <span key={tag} className="exhibitions-tag">
                {tag}
              </span>
            ))}
          </dd>
        </div>
      )}
      <div>
        <dt>{t('exhibit.in')}</dt>
        <dd>
          <Link to={exhibitionsPaths.exhibition(exhibition.id)} className="btn btn-secondary">
            <Shown text={exhibition.title} note={false} />
          </Link>
        </dd>
      </div>
      {exhibit.links.length > 0 && (
        <div>
          <dt>{t('exhibit.links')}</dt>
          <dd className="exhibitions-links">{exhibit.links.map(link)}</dd>
        </div>
      )}
    </dl>
  );
}
