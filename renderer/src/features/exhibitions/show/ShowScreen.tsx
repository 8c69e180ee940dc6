import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownText } from '../../../../../electron/shared/exhibitions.types';
import { mediaUrl } from '../../../../../electron/shared/media.types';
import { useIdleHold } from '../../../idle/idle-hold';
import { invoke, onKioskEvent } from '../../../lib/api';
import { useCentreName } from '../../../lib/queries';
import { cueAt, subtitlesFor } from '../player/cues';
import { pickText } from '../../../lib/shown-text';
import { resumeIndex, slideSeconds, slidesOf, type Slide } from './show-slides';
import './show.css';

/** Where the show was, kept on this screen so a restart (a power cut, an update) goes on from there. */
const POSITION_KEY = 'hongyi.exhibitions.show.position';

/** Keys start with the area's domain: a publish refetches the show (a settings change below). */
const showQuery = { queryKey: ['exhibitions', 'show'], queryFn: () => invoke('exhibitions.show', {}) };

function readPosition(): string | null {
  try {
    return localStorage.getItem(POSITION_KEY);
  } catch {
    return null;
  }
}

const textIn = (text: ShownText | null, language: string) => (text ? pickText(text, language).text : '');

/**
 * The big screen's show (`#/show`): the exhibitions chosen in settings, run by themselves with no
 * controls. Photos pan and zoom slowly with their captions, videos play with their subtitles,
 * and the screen never goes back to the attract screen. Only the slide on screen and the next
 * picture are ever loaded, so a loop of any length keeps its memory flat.
 */
export function ShowScreen() {
  const { t, i18n } = useTranslation('exhibitions');
  const language = i18n.language;
  const centreName = useCentreName(language);
  const { data, refetch } = useQuery(showQuery);
  // The show's exhibitions and pace are settings: a change applies at once, on this screen too.
  useEffect(() => onKioskEvent('settings.changed', () => void refetch()), [refetch]);
  const slides = useMemo(() => slidesOf(data?.exhibitions ?? []), [data]);
  // The slide on screen, by its key: after a refetch the show goes on from the same slide where it
  // still exists, and after a restart from the one it last showed.
  const [position, setPosition] = useState<string | null>(readPosition);
  const index = slides.length === 0 ? null : resumeIndex(slides, position);
  useIdleHold(true);

  const slide = index === null ? undefined : slides[index];
  useEffect(() => {
    if (!slide) return;
    try {
      localStorage.setItem(POSITION_KEY, slide.key);
    } catch {
      // A full or refused store only loses the place after a restart.
    }
  }, [slide]);

  const next = useCallback(() => {
    if (index === null) return;
    setPosition(slides[(index + 1) % slides.length]?.key ?? null);
  }, [index, slides]);

  const photoSeconds = data?.photoSeconds ?? 12;
  useEffect(() => {
    if (!slide || slide.kind === 'video') return;
    const text = slide.kind === 'text' ? textIn(slide.exhibit.body ?? slide.exhibit.caption, language) : '';
    const timer = setTimeout(next, slideSeconds(slide, photoSeconds, text.length) * 1000);
    return () => clearTimeout(timer);
  }, [slide, photoSeconds, language, next]);

  // The next picture is fetched while this one shows, so it appears at once.
  const upcoming = index === null ? undefined : slides[(index + 1) % slides.length];
  useEffect(() => {
    if (upcoming?.kind !== 'photo') return;
    const img = new Image();
    img.src = mediaUrl(upcoming.media.id, 'screen');
    return () => {
      img.src = '';
    };
  }, [upcoming]);

  if (!data) return <div className="exhibitions-show" aria-busy="true" />;
  if (!slide) {
    return (
      <div className="exhibitions-show exhibitions-show-empty">
        <h1>{centreName}</h1>
        <p>{t('show.nothing')}</p>
      </div>
    );
  }
  return (
    <div className="exhibitions-show" aria-live="off">
      <ShowSlide key={slide.key} slide={slide} language={language} seconds={photoSeconds} onEnded={next} />
    </div>
  );
}

function ShowSlide(props: { slide: Slide; language: string; seconds: number; onEnded: () => void }) {
  const { slide, language, seconds, onEnded } = props;
  const exhibitionTitle = textIn(slide.exhibition.title, language);
  switch (slide.kind) {
    case 'title':
      return (
        <section className="exhibitions-show-title">
          {slide.exhibition.cover && <img src={mediaUrl(slide.exhibition.cover.id, 'screen')} alt="" />}
          <div className="exhibitions-show-title-text">
            <h1>{exhibitionTitle}</h1>
            {slide.exhibition.subtitle && <p>{textIn(slide.exhibition.subtitle, language)}</p>}
          </div>
        </section>
      );
    case 'photo':
      return (
        <figure className="exhibitions-show-photo">
          <img
            className={`exhibitions-show-pan exhibitions-show-pan-${slide.move}`}
            style={{ animationDuration: `${seconds}s` }}
            src={mediaUrl(slide.media.id, 'screen')}
            alt={textIn(slide.exhibit.title, language)}
          />
          <Caption slide={slide} language={language} />
        </figure>
      );
    case 'text':
      return (
        <section className="exhibitions-show-text">
          <p className="exhibitions-show-exhibition">{exhibitionTitle}</p>
          <h2>{textIn(slide.exhibit.title, language)}</h2>
          <p>{textIn(slide.exhibit.body ?? slide.exhibit.caption, language)}</p>
        </section>
      );
    case 'video':
      return <ShowVideo slide={slide} language={language} onEnded={onEnded} />;
  }
}

function Caption(props: { slide: Extract<Slide, { kind: 'photo' | 'video' }>; language: string }) {
  const { slide, language } = props;
  const { exhibit } = slide;
  const caption = slide.kind === 'photo' ? slide.caption : exhibit.caption;
  return (
    <figcaption className="exhibitions-show-caption">
      <span className="exhibitions-show-exhibition">{textIn(slide.exhibition.title, language)}</span>
      <strong>{textIn(exhibit.title, language)}</strong>
      {exhibit.date && <span>{exhibit.date.text}</span>}
      {caption && <span>{textIn(caption, language)}</span>}
      {exhibit.credit && <small>{textIn(exhibit.credit, language)}</small>}
    </figcaption>
  );
}

/**
 * A video with its subtitles, played with sound where the screen allows it (Electron does), else
 * muted (a browser refuses sound nobody asked for). A video that cannot play is skipped.
 */
function ShowVideo(props: {
  slide: Extract<Slide, { kind: 'video' }>;
  language: string;
  onEnded: () => void;
}) {
  const { slide, language, onEnded } = props;
  const ref = useRef<HTMLVideoElement>(null);
  const [time, setTime] = useState(0);
  const cues = subtitlesFor(slide.exhibit, language)?.cues ?? [];
  const cue = cues[cueAt(cues, time)];

  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.play().catch(() => {
      video.muted = true;
      video.play().catch(onEnded);
    });
  }, [onEnded]);

  return (
    <figure className="exhibitions-show-video">
      <video
        ref={ref}
        src={mediaUrl(slide.media.id)}
        poster={slide.media.variants.includes('poster') ? mediaUrl(slide.media.id, 'poster') : undefined}
        playsInline
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        onEnded={onEnded}
        onError={onEnded}
      />
      {cue && <p className="exhibitions-show-subtitle">{cue.text}</p>}
      <Caption slide={slide} language={language} />
    </figure>
  );
}
