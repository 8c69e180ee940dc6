import { ALIAS_SPELLINGS, LexiconIndex, type LexEntry } from './lexicon';
import { Pacer } from './pacer';
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

/** Read in slices (see {@link Pacer}): 120,000 entries are most of a second of work on a kiosk PC. */
async function parseDictionary(file: DictionaryFile): Promise<GeneralLexicon> {
  const pacer = new Pacer();
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
    if (pacer.due()) await pacer.pause();
  }
  const index = await LexiconIndex.build(entries, pacer);
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
