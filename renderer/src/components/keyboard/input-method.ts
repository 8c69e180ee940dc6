/**
 * An input method for the on-screen keyboard (the reading room brings pinyin). While one is on,
 * the letters it accepts go to a composition buffer and a candidate strip offers what they spell.
 */
export interface Candidate {
  text: string;
  /** How many characters of the buffer this candidate stands for (a word may cover only a prefix). */
  consumed: number;
}

export interface CandidatePage {
  items: Candidate[];
  hasMore: boolean;
}

export interface InputMethod {
  id: string;
  /** i18n key with its namespace (e.g. `library:ime.short`) of the short name on the switch key. */
  labelKey: string;
  /** Whether a typed character goes to the buffer (e.g. a–z for pinyin) rather than into the field. */
  accepts(char: string): boolean;
  /** Candidates for the buffer, page by page (0 first). */
  candidates(buffer: string, page: number): Promise<CandidatePage>;
}
