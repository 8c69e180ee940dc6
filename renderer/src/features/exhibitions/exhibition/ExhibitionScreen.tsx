import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type {
  Exhibit,
  Exhibition,
  ExhibitionSection,
} from '../../../../../electron/shared/exhibitions.types';
import { ApiFailure } from '../../../lib/api';
import { useErrorText } from '../../../lib/error-text';
import { ExhibitTile } from '../exhibit/ExhibitTile';
import { idParam } from '../exhibitions-paths';
import { exhibitionQuery } from '../exhibitions.queries';
import { NotFound } from '../NotFound';
import { ScreenHeader } from '../ScreenHeader';
import { Shown } from '../shown-text';
import { useCountVisit } from './use-count-visit';

function Section(props: {
  exhibitionId: number;
  section: ExhibitionSection;
  onOpen: ((exhibit: Exhibit) => void) | undefined;
}) {
  const { exhibitionId, section, onOpen } = props;
  const { t } = useTranslation('exhibitions');
  const titleId = `exhibitions-section-${section.uid}`;
  return (
    <section className="exhibitions-section" aria-labelledby={titleId}>
      <header className="exhibitions-section-header">
        {section.period && <p className="exhibitions-period">{t(`periods.${section.period}`)}</p>}
        <Shown text={section.title} as="h2" id={titleId} />
        <span className="exhibitions-section-count">
          {t('exhibition.sectionCount', { count: section.exhibits.length })}
        </span>
      </header>
      {section.intro && <Shown text={section.intro} as="p" className="exhibitions-section-intro" />}
      {section.exhibits.length === 0 ? (
        <p className="exhibitions-status">{t('exhibition.empty')}</p>
      ) : (
        <ul className="exhibitions-tiles">
          {section.exhibits.map((exhibit) => (
            <ExhibitTile
              key={exhibit.uid}
              exhibitionId={exhibitionId}
              exhibit={exhibit}
              {...(onOpen ? { onOpen: () => onOpen(exhibit) } : {})}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One exhibition: its introduction, then its sections (a period of Party history named as such). */
export function ExhibitionScreen() {
  const { t } = useTranslation('exhibitions');
  const errorText = useErrorText();
  const id = idParam(useParams().id);
  const exhibition = useQuery({ ...exhibitionQuery(id ?? 0), enabled: id !== null });
  useCountVisit(exhibition.data?.id ?? null);
  if (id === null || (exhibition.error instanceof ApiFailure && exhibition.error.code === 'not_found'))
    return <NotFound />;
  if (exhibition.isError) return <p className="form-error">{errorText(exhibition.error)}</p>;
  if (!exhibition.data) return <p className="exhibitions-status">{t('home.loading')}</p>;
  return <ExhibitionView data={exhibition.data} />;
}

/**
 * An exhibition's page, for the visitor's route and the curator's preview alike; `onOpen` opens an
 * exhibit in place (the preview's draft has no visitor route), else its tiles link to its page.
 */
export function ExhibitionView(props: { data: Exhibition; onOpen?: (exhibit: Exhibit) => void }) {
  const { data, onOpen } = props;
  const { t } = useTranslation('exhibitions');
  return (
    <article className="exhibitions-screen" aria-labelledby="exhibitions-exhibition-title">
      <ScreenHeader
        title={<Shown text={data.title} as="h1" id="exhibitions-exhibition-title" />}
        lead={data.subtitle && <Shown text={data.subtitle} as="p" className="lead" note={false} />}
      />
      {data.intro && <Shown text={data.intro} as="p" className="exhibitions-intro" />}
      <nav aria-label={t('exhibition.sections')} className="exhibitions-section-nav">
        {data.sections.map((section) => (
          <button
            key={section.uid}
            type="button"
            className="btn btn-secondary"
            onClick={() =>
              document
                .getElementById(`exhibitions-section-${section.uid}`)
                ?.scrollIntoView({ behavior: 'smooth', block: 'start' })
            }
          >
            <Shown text={section.title} note={false} />
          </button>
        ))}
      </nav>
      {data.sections.map((section) => (
        <Section key={section.uid} exhibitionId={data.id} section={section} onOpen={onOpen} />
      ))}
    </article>
  );
}
