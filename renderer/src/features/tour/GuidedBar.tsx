import { useTranslation } from 'react-i18next';
import type { ShownStop } from '../../../../electron/shared/tour.types';
import { pickText } from '../../lib/shown-text';
import { PauseIcon, PlayIcon } from '../../components/icons';

export interface Guided {
  index: number;
  playing: boolean;
}

/**
 * The guided tour's caption and its buttons, over the bottom of the view. A touch anywhere else
 * pauses the tour (TourScreen); these buttons go on, step, open the stop's hotspot or end it.
 */
export function GuidedBar(props: {
  stops: readonly ShownStop[];
  guided: Guided;
  onChange: (next: Guided | null) => void;
  onOpen: (hotspot: string) => void;
}) {
  const { stops, guided, onChange, onOpen } = props;
  const { t, i18n } = useTranslation('tour');
  const stop = stops[guided.index];
  if (!stop) return null;
  const caption = pickText(stop.caption, i18n.language);
  const last = stops.length - 1;
  return (
    <section className="tour-guided" aria-labelledby="tour-guided-step" data-guided-bar="">
      <p id="tour-guided-step" className="tour-guided-step">
        {t('guided.step', { n: guided.index + 1, count: stops.length })}
      </p>
      <p
        className="tour-guided-caption"
        aria-live="polite"
        lang={caption.fallback ? caption.lang : undefined}
      >
        {caption.text}
      </p>
      {!guided.playing && <p className="tour-guided-paused">{t('guided.paused')}</p>}
      <div className="tour-guided-actions">
        <button
          type="button"
          className="btn btn-secondary btn-large"
          disabled={guided.index === 0}
          onClick={() => onChange({ index: guided.index - 1, playing: false })}
        >
          {t('guided.previous')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-large"
          onClick={() => onChange({ ...guided, playing: !guided.playing })}
        >
          {guided.playing ? <PauseIcon /> : <PlayIcon />}
          {guided.playing ? t('guided.pause') : t('guided.resume')}
        </button>
        <button
          type="button"
          className="btn btn-secondary btn-large"
          disabled={guided.index === last}
          onClick={() => onChange({ index: guided.index + 1, playing: false })}
        >
          {t('guided.next')}
        </button>
        {stop.hotspot && (
          <button
            type="button"
            className="btn btn-secondary btn-large"
            onClick={() => stop.hotspot && onOpen(stop.hotspot)}
          >
            {t('guided.open')}
          </button>
        )}
        <button type="button" className="btn btn-secondary btn-large" onClick={() => onChange(null)}>
          {t('guided.stop')}
        </button>
      </div>
    </section>
  );
}
