import { createHash } from 'node:crypto';
import type { Feature } from '../../context';
import type { Db } from '../../db/database';
import { loadGeneralLexicon } from './general-lexicon';
import { createInputMethod, type InputMethod } from './input-method';

interface Cached {
  fingerprint: string;
  vocabularyHash: string;
  ime: InputMethod;
}

/** Per database handle: a restore opens a new handle, and so starts afresh. */
const cache = new WeakMap<Db, Cached>();

/**
 * Changes since the handle was opened: rows this connection wrote (`total_changes()`) and commits
 * by any other connection (`data_version`). Unchanged means no feature's vocabulary can have changed.
 */
function fingerprint(db: Db): string {
  const { n } = db.prepare('SELECT total_changes() AS n').get() as { n: number };
  return `${n}:${String(db.pragma('data_version', { simple: true }))}`;
}

function hashOf(vocabulary: readonly string[]): string {
  const hash = createHash('sha256');
  for (const name of vocabulary) hash.update(name).update('\u0000');
  return hash.digest('hex');
}

/**
 * The input method for this database's vocabulary. Any write (a loan, a visit) changes the
 * fingerprint, so the features' vocabulary is read again, but the index is rebuilt only when the
 * words themselves changed: reading names is a query, indexing them is segmentation and pinyin.
 */
export async function inputMethodFor(db: Db, features: readonly Feature[]): Promise<InputMethod> {
  const general = await loadGeneralLexicon();
  const now = fingerprint(db);
  const cached = cache.get(db);
  if (cached?.fingerprint === now) return cached.ime;
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
