import { createHash } from 'node:crypto';
import type { Feature } from '../../context';
import type { Db } from '../../db/database';
import { loadGeneralLexicon } from './general-lexicon';
import { createInputMethod, type InputMethod } from './input-method';

interface Cached {
  fingerprint: string | null;
  vocabularyHash: string;
  ime: InputMethod;
}

/** Per database handle: a restore opens a new handle, and so starts afresh. */
const cache = new WeakMap<Db, Cached>();

/**
 * The features' vocabulary versions: one indexed read each, so a keystroke after a loan or a visit
 * does not re-read every name. A feature with a vocabulary but no version is read every time.
 */
function fingerprint(db: Db, features: readonly Feature[]): string | null {
  const parts: string[] = [];
  for (const f of features) {
    if (!f.vocabulary) continue;
    if (!f.vocabularyVersion) return null;
    parts.push(`${f.id}:${f.vocabularyVersion(db)}`);
  }
  return parts.join('|');
}

function hashOf(vocabulary: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of vocabulary) hash.update(name).update('\u0000');
  return hash.digest('hex');
}

/**
 * The input method for this database's vocabulary. When a vocabulary version moves, the names are
 * read again, but the index is rebuilt only when the words themselves changed (a borrower added
 * from a company already known changes no word): reading names is a query, indexing them is
 * segmentation and pinyin.
 */
export async function inputMethodFor(db: Db, features: readonly Feature[]): Promise<InputMethod> {
  const general = await loadGeneralLexicon();
  const now = fingerprint(db, features);
  const cached = cache.get(db);
  if (now !== null && cached?.fingerprint === now) return cached.ime;
  const vocabulary = features.flatMap((f) => f.vocabulary?.(db) ?? []);
  const vocabularyHash = hashOf(vocabulary);
  if (cached?.vocabularyHash === vocabularyHash) {
    cached.fingerprint = now;
    return cached.ime;
  }
  const ime = createInputMethod(vocabulary, general);
  cache.set(db, { fingerprint: now, vocabularyHash, ime });
  return ime;
}
