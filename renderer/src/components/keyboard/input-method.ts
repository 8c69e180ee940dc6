/**
 * An input method for the on-screen keyboard (the shell's keyboard brings pinyin). While it is on,
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
  /** Whether a typed character goes to the buffer (e.g. a–z for pinyin) rather than into the field. */
  accepts(char: string): boolean;
  /** Candidates for the buffer, page by page (0 first), for a screen in this language. */
  candidates(buffer: string, page: number, language: string): Promise<CandidatePage>;
}
