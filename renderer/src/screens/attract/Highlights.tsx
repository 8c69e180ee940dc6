import { useQueries } from '@tanstack/react-query';
import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, areaKey, visibleAreas, type AreaModule, type LiveSlide } from '../../features/registry';
import { useKioskInfo } from '../../lib/queries';
import { GateArt, WelcomeArt } from './artwork';

interface Slide {
  id: string;
  title: string;
  text: string;
  titleLang?: string;
  textLang?: string;
  Art: ComponentType;
  /** Shown instead of the art, cropped to its frame. */
  picture?: string;
  /** Where a tap on the slide opens once the visit begins. */
  path?: string;
}

const ROTATE_MS = 8000;

/** Where a tap at `target` opens, when it landed on a slide that opens something (its `data-open`). */
export function slidePathAt(target: Element): string | null {
  return target.closest('.highlight[data-open]')?.getAttribute('data-open') ?? null;
}

/** Each area's slides made from its content, in the screen's language; none while loading or failed. */
function useLiveSlides(areas: readonly AreaModule[], language: string): Map<string, LiveSlide[]> {
  const sources = areas.flatMap((area) =>
    area.liveHighlights ? [{ area, source: area.liveHighlights }] : [],
  );
  const results = useQueries({
    queries: sources.map(({ source }) => ({
      queryKey: [...source.queryKey, language],
      queryFn: () => source.load(language),
    })),
  });
  return new Map(sources.map(({ area }, i) => [area.id, results[i]?.data ?? []]));
}

function liveSlide(area: AreaModule, s: LiveSlide): Slide {
  return {
    id: `${area.id}.live.${s.id}`,
    title: s.title,
    text: s.text,
    ...(s.titleLang ? { titleLang: s.titleLang } : {}),
    ...(s.textLang ? { textLang: s.textLang } : {}),
    // Without a picture (a text panel): the area's own slide's art, or the centre's.
    Art: area.highlights?.[0]?.Art ?? GateArt,
    ...(s.picture ? { picture: s.picture } : {}),
    ...(s.path ? { path: s.path } : {}),
  };
}

/**
 * The slides: the centre's welcome, then each area's highlights and the slides it makes from its
 * content (a curator's picks), then how to use the screen.
 */
function useSlides(): Slide[] {
  const { t, i18n } = useTranslation();
  const areas = visibleAreas(AREAS, useKioskInfo().data?.areas ?? []);
  const live = useLiveSlides(areas, i18n.language);
  const shell = (id: 'welcome' | 'touch', Art: ComponentType): Slide => ({
    id,
    title: t(`attract.slides.${id}.title`),
    text: t(`attract.slides.${id}.text`),
    Art,
  });
  return [
    shell('welcome', GateArt),
    ...areas.flatMap((area) => [
      ...(area.highlights ?? []).map((h) => ({
        id: `${area.id}.${h.id}`,
        title: t(areaKey(area.namespace, h.titleKey), { defaultValue: '' }),
        text: t(areaKey(area.namespace, h.textKey), { defaultValue: '' }),
        Art: h.Art,
      })),
      ...(live.get(area.id) ?? []).map((s) => liveSlide(area, s)),
    ]),
    shell('touch', WelcomeArt),
  ];
}

/** The rotating highlights; the current one only, so screen readers are not read all of them at once. */
export function Highlights() {
  const { t } = useTranslation();
  const slides = useSlides();
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => i + 1), ROTATE_MS);
    return () => clearInterval(timer);
  }, []);
  const current = index % slides.length;
  const slide = slides[current] ?? slides[0];
  if (!slide) return null;
  return (
    <section className="highlights" aria-label={t('attract.highlights')}>
      <div className="highlight" key={slide.id} data-open={slide.path}>
        {slide.picture ? (
          <img className="highlight-picture" src={slide.picture} alt={slide.title} lang={slide.titleLang} />
        ) : (
          <slide.Art />
        )}
        <div className="highlight-text">
          <h2 lang={slide.titleLang}>{slide.title}</h2>
          <p lang={slide.textLang}>{slide.text}</p>
        </div>
      </div>
      <div className="highlight-dots" aria-hidden="true">
        {slides.map((s, i) => (
          <span key={s.id} className={i === current ? 'dot dot-on' : 'dot'} />
        ))}
      </div>
    </section>
  );
}
