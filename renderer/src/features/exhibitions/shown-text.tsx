import { useTranslation } from 'react-i18next';
import type { ShownText } from '../../../../electron/shared/exhibitions.types';

export type ShownLanguage = 'zh-CN' | 'zh-TW' | 'en';

/** The screen's language as one of the three an exhibit is written in (anything else reads 简体). */
export function shownLanguage(language: string): ShownLanguage {
  return language === 'zh-TW' || language === 'en' ? language : 'zh-CN';
}

/**
 * A curator's text in the screen's language. English not written falls back to 简体, and says so:
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

/** A function that gives a curator's text as a plain string in the screen's language. */
export function useShownString(): (text: ShownText | null | undefined) => string {
  const { i18n } = useTranslation();
  return (text) => (text ? pickText(text, i18n.language).text : '');
}

/**
 * A curator's text on screen, in an element of the caller's choosing; when the English is missing,
 * the 简体 text with a small note saying so (`note={false}` where a note nearby already does).
 */
export function Shown(props: {
  text: ShownText;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div';
  className?: string;
  id?: string;
  note?: boolean;
}) {
  const { text, as: Tag = 'span', className, id, note = true } = props;
  const { t, i18n } = useTranslation('exhibitions');
  const shown = pickText(text, i18n.language);
  return (
    <Tag className={className} id={id} lang={shown.fallback ? shown.lang : undefined}>
      {shown.text}
      {shown.fallback && note && (
        <small className="exhibitions-en-missing" lang="en">
          {t('text.enMissing')}
        </small>
      )}
    </Tag>
  );
}
