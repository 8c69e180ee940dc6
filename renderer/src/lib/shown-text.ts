import type { ShownText } from '../../../electron/shared/shown-text';

export type ShownLanguage = 'zh-CN' | 'zh-TW' | 'en';

/** The screen's language as one of the three an exhibit is written in (anything else reads 简体). */
export function shownLanguage(language: string): ShownLanguage {
  return language === 'zh-TW' || language === 'en' ? language : 'zh-CN';
}

/**
 * A written text (a curator's, a floor plan's) in the screen's language. English not written falls back to 简体, and says so:
 * `lang` is the language the words are really in (for screen readers and fonts).
 */
export function pickText(
  text: ShownText,
  language: string,
): { text: string; lang: ShownLanguage; fallback: boolean } {
  const lng = shownLanguage(language);
  if (lng === 'en') {
    return text.en === null
      ? { text: text['zh-CN'], lang: 'zh-CN', fallback: true }
      : { text: text.en, lang: 'en', fallback: false };
  }
  return { text: text[lng], lang: lng, fallback: false };
}
