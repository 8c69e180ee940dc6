import { invoke } from '../../lib/api';
import { queryClient } from '../../lib/queries';
import type { CandidatePage, InputMethod } from './input-method';
import { scriptFor } from './typing';

/** Candidates per page of the strip: what fits across a portrait screen at the keyboard's type size. */
const PAGE_SIZE = 8;
/** `ime.candidates` takes at most 40 letters and offsets up to 1,000. */
const MAX_INPUT = 40;
const MAX_OFFSET = 1000;
const EMPTY: CandidatePage = { items: [], hasMore: false };

/**
 * Pinyin for the on-screen keyboard: lower-case letters compose, candidates come from core (full
 * syllables, initials and mixed, the centre's own words first; Traditional characters on a 繁體
 * screen). A candidate covers `consumed` letters; the keyboard keeps the rest composing.
 */
export const pinyinInputMethod: InputMethod = {
  accepts: (char) => char.length === 1 && char >= 'a' && char <= 'z',
  candidates(buffer, page, language) {
    // Beyond 40 letters the candidates are those of the first 40; `consumed` still counts from the start.
    const input = buffer.slice(0, MAX_INPUT);
    const offset = page * PAGE_SIZE;
    if (!/[a-z]/.test(input) || /[^a-z']/.test(input) || offset > MAX_OFFSET) return Promise.resolve(EMPTY);
    // Through the query cache: backspacing or paging back asks core nothing, a failure is not
    // kept, and the idle reset forgets what the last visitor typed.
    const script = scriptFor(language);
    return queryClient.fetchQuery({
      queryKey: ['ime', script, input, page],
      queryFn: async (): Promise<CandidatePage> => {
        const answer = await invoke('ime.candidates', { input, offset, limit: PAGE_SIZE, script });
        return { items: answer.candidates, hasMore: answer.hasMore && offset + PAGE_SIZE <= MAX_OFFSET };
      },
      staleTime: Infinity,
    });
  },
};
