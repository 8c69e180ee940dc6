import { pickText, type ShownLanguage } from '../../lib/shown-text';
import type { TourSpot } from './tour-spots';

/**
 * A hotspot's name on screen: the plan's own label in the screen's language, else the title of
 * what it links to (as its area writes it, in 简体), else `fallback` (its kind).
 */
export function spotName(
  spot: Pick<TourSpot, 'label' | 'title'>,
  language: string,
  fallback: string,
): { text: string; lang: ShownLanguage | undefined } {
  if (spot.label) {
    const shown = pickText(spot.label, language);
    return { text: shown.text, lang: shown.fallback ? shown.lang : undefined };
  }
  if (spot.title) return { text: spot.title, lang: language === 'zh-CN' ? undefined : 'zh-CN' };
  return { text: fallback, lang: undefined };
}
