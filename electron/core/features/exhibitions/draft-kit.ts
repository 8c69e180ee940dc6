import type { DraftExhibit, DraftText } from '../../../shared/exhibitions.types';

// Drafts in a few words, for the tests and the benches (no test runner here: benches import it).

/** A text in 简体 only: 繁體 derived, no English. */
export const zh = (s: string): DraftText => ({ 'zh-CN': s, 'zh-TW': null, en: null });

/** An exhibit with every optional part empty but those given. */
export const exhibit = (
  over: Partial<DraftExhibit> & Pick<DraftExhibit, 'type' | 'title'>,
): DraftExhibit => ({
  caption: null,
  body: null,
  date: null,
  place: null,
  people: null,
  credit: null,
  tags: [],
  media: [],
  subtitles: null,
  links: [],
  ...over,
});
