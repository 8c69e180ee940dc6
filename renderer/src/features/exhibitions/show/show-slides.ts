import type { Exhibit, Exhibition, ShownText } from '../../../../../electron/shared/exhibitions.types';
import type { MediaInfo } from '../../../../../electron/shared/media.types';

/** One thing the big screen shows at a time. */
export type Slide =
  | { kind: 'title'; key: string; exhibition: Exhibition }
  | {
      kind: 'photo';
      key: string;
      exhibition: Exhibition;
      exhibit: Exhibit;
      media: MediaInfo;
      caption: ShownText | null;
      /** Which of the four slow pan-and-zoom moves it makes. */
      move: number;
    }
  | { kind: 'video'; key: string; exhibition: Exhibition; exhibit: Exhibit; media: MediaInfo }
  | { kind: 'text'; key: string; exhibition: Exhibition; exhibit: Exhibit };

export const PAN_MOVES = 4;

/**
 * The show's slides, in order: each exhibition opens with its title, then every picture of its
 * exhibits (a set's pictures one by one, a scanned document as a picture), each video, and each text
 * panel. A recording has nothing to look at and stays out. Keys are stable across refetches and
 * versions (uids and media ids), so the show can come back to where it was.
 */
export function slidesOf(exhibitions: readonly Exhibition[]): Slide[] {
  const slides: Slide[] = [];
  for (const exhibition of exhibitions) {
    slides.push({ kind: 'title', key: exhibition.uid, exhibition });
    for (const section of exhibition.sections) {
      for (const exhibit of section.exhibits) {
        const base = `${exhibition.uid}/${exhibit.uid}`;
        switch (exhibit.type) {
          case 'photo':
          case 'photoSet':
          case 'document':
            for (const { media, caption } of exhibit.media) {
              if (media.kind !== 'image') continue;
              slides.push({
                kind: 'photo',
                key: `${base}/${media.id}`,
                exhibition,
                exhibit,
                media,
                caption: caption ?? exhibit.caption ?? null,
                move: slides.length % PAN_MOVES,
              });
            }
            break;
          case 'video': {
            const video = exhibit.media.find((m) => m.media.kind === 'video');
            if (video)
              slides.push({
                kind: 'video',
                key: `${base}/${video.media.id}`,
                exhibition,
                exhibit,
                media: video.media,
              });
            break;
          }
          case 'text':
            slides.push({ kind: 'text', key: base, exhibition, exhibit });
            break;
          case 'audio':
            break;
        }
      }
    }
  }
  return slides;
}

/** Where the show starts: at the slide it last showed (kept across a restart), else at the first. */
export function resumeIndex(slides: readonly Slide[], lastKey: string | null): number {
  if (!lastKey) return 0;
  const at = slides.findIndex((s) => s.key === lastKey);
  return at < 0 ? 0 : at;
}

/** How long a slide that does not run by itself (a title, a photo, a text panel) stays, in seconds. */
export function slideSeconds(slide: Slide, photoSeconds: number, textLength: number): number {
  switch (slide.kind) {
    case 'photo':
    case 'title':
      return photoSeconds;
    case 'text':
      // About six characters a second for Chinese text read from a distance, within bounds.
      return Math.min(30, Math.max(photoSeconds, Math.round(textLength / 6)));
    case 'video':
      return 0;
  }
}
