import { z } from 'zod';
import { method } from './contract';

/** One candidate of the pinyin input method. */
export interface ImeCandidate {
  text: string;
  /**
   * How many characters of `input` (letters and apostrophes) this candidate covers: choosing it
   * enters `text` and leaves `input.slice(consumed)` to type on.
   */
  consumed: number;
}

export interface ImeCandidates {
  candidates: ImeCandidate[];
  hasMore: boolean;
  /** The input as syllables, for display above the candidates: `dang'shi'x`. */
  segmentation: string;
}

/** The characters candidates are written in: a 繁體 screen asks for Traditional ones. */
export const IME_SCRIPTS = ['simplified', 'traditional'] as const;
export type ImeScript = (typeof IME_SCRIPTS)[number];

export const imeApi = {
  /** Candidates for the pinyin typed so far, the centre's own words first. */
  'ime.candidates': method<ImeCandidates>()({
    role: 'visitor',
    input: z.object({
      input: z
        .string()
        .max(40)
        .regex(/^[a-z']*[a-z][a-z']*$/, "pinyin: letters a–z and '"),
      offset: z.number().int().min(0).max(1000).default(0),
      limit: z.number().int().min(1).max(100).default(10),
      script: z.enum(IME_SCRIPTS).default('simplified'),
    }),
  }),
};
