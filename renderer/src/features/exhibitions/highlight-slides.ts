import type { ExhibitHighlight } from '../../../../electron/shared/exhibitions.types';
import { mediaUrl, type MediaInfo } from '../../../../electron/shared/media.types';
import { invoke } from '../../lib/api';
import type { LiveSlide } from '../registry';
import { exhibitionsPaths } from './exhibitions-paths';
import { pickText } from '../../lib/shown-text';

// The curators' picks as slides of the attract screen. Loaded with the first screen, so this file
// stays small: no component of the area is imported here.

/** A picture as large as the welcome screen shows it: a photo fitted to the screen, a video's still. */
export function slidePicture(media: MediaInfo | null): string | null {
  if (!media) return null;
  if (media.variants.includes('screen')) return mediaUrl(media.id, 'screen');
  if (media.variants.includes('poster')) return mediaUrl(media.id, 'poster');
  return media.kind === 'image' ? mediaUrl(media.id) : null;
}

/** One pick as a slide in the screen's language: its title, its caption (or its exhibition's title). */
export function slideOf(h: ExhibitHighlight, language: string): LiveSlide {
  const title = pickText(h.title, language);
  const text = pickText(h.caption ?? h.exhibitionTitle, language);
  return {
    id: h.exhibitUid,
    title: title.text,
    text: text.text,
    ...(title.fallback ? { titleLang: title.lang } : {}),
    ...(text.fallback ? { textLang: text.lang } : {}),
    picture: slidePicture(h.picture),
    path: exhibitionsPaths.exhibit(h.exhibitionId, h.exhibitUid),
  };
}

export const highlightSlides = {
  queryKey: ['exhibitions', 'highlights'],
  load: async (language: string) =>
    (await invoke('exhibitions.highlights', {})).map((h) => slideOf(h, language)),
} as const;
