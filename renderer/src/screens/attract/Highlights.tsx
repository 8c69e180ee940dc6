import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BookArt, GateArt, WelcomeArt } from './artwork';

const SLIDES = [
  { id: 'welcome', Art: GateArt },
  { id: 'reading', Art: BookArt },
  { id: 'touch', Art: WelcomeArt },
] as const;
const ROTATE_MS = 8000;

/** The rotating highlights; the current one only, so screen readers are not read all three at once. */
export function Highlights() {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setIndex((i) => (i + 1) % SLIDES.length), ROTATE_MS);
    return () => clearInterval(timer);
  }, []);
  const slide = SLIDES[index] ?? SLIDES[0];
  return (
    <section className="highlights" aria-label={t('attract.highlights')}>
      <div className="highlight" key={slide.id}>
        <slide.Art />
        <div className="highlight-text">
          <h2>{t(`attract.slides.${slide.id}.title`)}</h2>
          <p>{t(`attract.slides.${slide.id}.text`)}</p>
        </div>
      </div>
      <div className="highlight-dots" aria-hidden="true">
        {SLIDES.map((s, i) => (
          <span key={s.id} className={i === index ? 'dot dot-on' : 'dot'} />
        ))}
      </div>
    </section>
  );
}
