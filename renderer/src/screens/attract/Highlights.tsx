import { useEffect, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS, areaKey, visibleAreas } from '../../features/registry';
import { useKioskInfo } from '../../lib/queries';
import { GateArt, WelcomeArt } from './artwork';

interface Slide {
  id: string;
  title: string;
  text: string;
  Art: ComponentType;
}

const ROTATE_MS = 8000;

/** The slides: the centre's welcome, then each area's highlights, then how to use the screen. */
function useSlides(): Slide[] {
  const { t } = useTranslation();
  const areas = visibleAreas(AREAS, useKioskInfo().data?.areas ?? []);
  const shell = (id: 'welcome' | 'touch', Art: ComponentType): Slide => ({
    id,
    title: t(`attract.slides.${id}.title`),
    text: t(`attract.slides.${id}.text`),
    Art,
  });
  return [
    shell('welcome', GateArt),
    ...areas.flatMap((area) =>
      (area.highlights ?? []).map((h) => ({
        id: `${area.id}.${h.id}`,
        title: t(areaKey(area.namespace, h.titleKey), { defaultValue: '' }),
        text: t(areaKey(area.namespace, h.textKey), { defaultValue: '' }),
        Art: h.Art,
      })),
    ),
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
      <div className="highlight" key={slide.id}>
        <slide.Art />
        <div className="highlight-text">
          <h2>{slide.title}</h2>
          <p>{slide.text}</p>
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
