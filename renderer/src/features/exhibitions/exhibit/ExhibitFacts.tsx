import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Exhibit, ShownText } from '../../../../../electron/shared/exhibitions.types';
import { AreaLink } from '../../../components/AreaLink';
import { exhibitionsPaths } from '../exhibitions-paths';
import { Shown } from '../shown-text';
import { DateLabel } from './ExhibitTile';

/** The facts of an exhibit as a list of terms: date, place, people, source, tags, links. */
export function ExhibitFacts(props: { exhibit: Exhibit; exhibitionId: number; exhibitionTitle: ShownText }) {
  const { exhibit, exhibitionId, exhibitionTitle } = props;
  const { t } = useTranslation('exhibitions');
  const { t: tc } = useTranslation();
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
          <Link to={exhibitionsPaths.exhibition(exhibitionId)} className="btn btn-secondary">
            <Shown text={exhibitionTitle} note={false} />
          </Link>
        </dd>
      </div>
      {exhibit.links.length > 0 && (
        <div>
          <dt>{t('exhibit.links')}</dt>
          <dd className="exhibitions-links">
            {exhibit.links.map((link) =>
              link.title === null ? (
                <span key={`${link.area}:${link.kind}:${link.id}`} className="link-gone">
                  {tc('links.gone')}
                </span>
              ) : (
                <AreaLink key={`${link.area}:${link.kind}:${link.id}`} target={link}>
                  {link.title}
                </AreaLink>
              ),
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}
