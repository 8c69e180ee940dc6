import type {
  Exhibit,
  Exhibition,
  ExhibitionSection,
} from '../../../../../electron/shared/exhibitions.types';

/** An exhibit of an exhibition by its uid, with the section it is in; null when it is not there. */
export function findExhibit(
  exhibition: Exhibition,
  uid: string,
): { exhibit: Exhibit; section: ExhibitionSection } | null {
  for (const section of exhibition.sections) {
    const exhibit = section.exhibits.find((e) => e.uid === uid);
    if (exhibit) return { exhibit, section };
  }
  return null;
}

/** The pictures of an exhibit the photo viewer shows (a video's or recording's file is not one). */
export function photosOf(exhibit: Exhibit) {
  return exhibit.media.filter((m) => m.media.kind === 'image');
}
