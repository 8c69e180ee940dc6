import { ALIAS_SPELLINGS, LexiconIndex, type LexEntry } from './lexicon';
import { SyllableTable } from './pinyin-segmenter';

/** resources/ime/pinyin-dictionary.json, written by tools/build-dictionary.ts. */
export interface DictionaryFile {
  source: string;
  /** False while the dictionary is the stop-gap without word frequencies. */
  frequency: boolean;
  /** `text syllable'syllable weight`, heaviest first. */
  entries: string[];
}

/** The dictionary every centre shares, and the syllables the input is read with. */
export interface GeneralLexicon {
  index: LexiconIndex;
  table: SyllableTable;
  /** Sum of all weights: turns a weight into a probability for the sentence candidate. */
  totalWeight: number;
  frequency: boolean;
  source: string;
}

export function parseDictionary(file: DictionaryFile): GeneralLexicon {
  // Interned: 120,000 entries share a few hundred syllable strings.
  const interned = new Map<string, string>();
  const intern = (s: string) => {
    const known = interned.get(s);
    if (known !== undefined) return known;
    interned.set(s, s);
    return s;
  };
  const entries: LexEntry[] = [];
  let totalWeight = 0;
  for (const line of file.entries) {
    const [text = '', reading = '', weightText = ''] = line.split(' ');
    const weight = Number(weightText);
    if (!text || !reading || !(weight > 0)) continue;
    entries.push({ text, syllables: reading.split("'").map(intern), weight });
    totalWeight += weight;
  }
  const index = new LexiconIndex(entries);
  return {
    index,
    table: new SyllableTable([...index.syllables(), ...ALIAS_SPELLINGS]),
    totalWeight,
    frequency: file.frequency,
    source: file.source,
  };
}

let loading: Promise<GeneralLexicon> | undefined;

/**
 * Loaded at first use, not at start: the dictionary is megabytes of JSON that a kiosk showing its
 * attract screen does not need yet.
 */
export function loadGeneralLexicon(): Promise<GeneralLexicon> {
  loading ??= import('../../../../resources/ime/pinyin-dictionary.json').then((m) =>
    parseDictionary(m.default),
  );
  return loading;
}
