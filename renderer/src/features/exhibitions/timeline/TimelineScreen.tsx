import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/error-text';
import { timelineQuery } from '../exhibitions.queries';
import { ScreenHeader } from '../ScreenHeader';
import { Timeline } from './Timeline';

/** The park's timeline: every dated exhibit of the exhibitions on show, on one line of years. */
export function TimelineScreen() {
  const { t } = useTranslation('exhibitions');
  const errorText = useErrorText();
  const timeline = useQuery(timelineQuery);
  return (
    <section className="exhibitions-screen" aria-labelledby="exhibitions-timeline-title">
      <ScreenHeader
        title={<h1 id="exhibitions-timeline-title">{t('timeline.title')}</h1>}
        lead={<p className="lead">{t('timeline.lead')}</p>}
      />
      {timeline.isPending && <p className="exhibitions-status">{t('home.loading')}</p>}
      {timeline.isError && <p className="form-error">{errorText(timeline.error)}</p>}
      {timeline.data?.length === 0 && <p className="exhibitions-status">{t('timeline.none')}</p>}
      {timeline.data && timeline.data.length > 0 && (
        <>
          <Timeline items={timeline.data} />
          <p className="exhibitions-status">{t('timeline.approxNote')}</p>
        </>
      )}
    </section>
  );
}
