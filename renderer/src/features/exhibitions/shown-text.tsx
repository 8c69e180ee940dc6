import { useTranslation } from 'react-i18next';
import type { ShownText } from '../../../../electron/shared/exhibitions.types';
import { pickText } from '../../lib/shown-text';

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
