import type { Feature } from '../../context';
import type { Db } from '../../db/database';
import type { Logger } from '../../log';
import { loadGeneralLexicon, type GeneralLexicon } from './general-lexicon';
import { createInputMethod, type InputMethod } from './input-method';
import { LexiconIndex } from './lexicon';
import { Pacer } from './pacer';
import { indexNames, readNames } from './vocabulary-build';

interface Built {
  /** The vocabulary versions it was read at; null when a feature gives none (read again each time). */
  fingerprint: string | null;
  hash: string;
  ime: InputMethod;
}

interface State {
  built: Built | null;
  rebuild: Promise<void> | null;
}

/** Per database handle: a restore opens a new handle, and so starts afresh. */
const states = new WeakMap<Db, State>();
const rebuilds = new Set<Promise<void>>();

let dictionaryOnly: InputMethod | undefined;
/** Before the centre's words are in (the first keystrokes after a start or a restore): the dictionary's. */
function withoutVocabulary(general: GeneralLexicon): InputMethod {
  dictionaryOnly ??= createInputMethod(new LexiconIndex(), general);
  return dictionaryOnly;
}

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

/**
 * Reads the names again and, when the words changed, builds the new vocabulary: names read and
 * indexed in slices on core's thread, their words and pinyin worked out in a worker. Until it is
 * done, the previous vocabulary keeps answering.
 */
async function rebuild(db: Db, features: readonly Feature[], general: GeneralLexicon, state: State) {
  const pacer = new Pacer();
  // The keystroke that noticed the change is answered first.
  await pacer.pause();
  const at = fingerprint(db, features);
  const names = await readNames(db, features, pacer);
  if (state.built?.hash === names.hash) {
    state.built.fingerprint = at;
    return;
  }
  const own = await indexNames(names, pacer);
  state.built = { fingerprint: at, hash: names.hash, ime: createInputMethod(own, general) };
}

function startRebuild(
  db: Db,
  features: readonly Feature[],
  general: GeneralLexicon,
  state: State,
  log: Logger,
) {
  const work = rebuild(db, features, general, state)
    .catch((err: unknown) => {
      // A restore closes the handle under a rebuild: its successor starts afresh, nothing is lost.
      if (!db.open) return;
      log.error('The input method could not read the centre’s vocabulary', err);
      // Words of the dictionary only, until the vocabulary changes again: no retry at every keystroke.
      state.built ??= { fingerprint: fingerprint(db, features), hash: '', ime: withoutVocabulary(general) };
    })
    .finally(() => {
      state.rebuild = null;
      rebuilds.delete(work);
    });
  state.rebuild = work;
  rebuilds.add(work);
}

/**
 * The input method for this database's vocabulary. When a vocabulary version moves, the rebuild
 * starts and this keystroke is answered at once from the vocabulary already built, or, on a
 * database handle with none built yet, from the dictionary alone: no keystroke waits for a rebuild.
 */
export async function inputMethodFor(
  db: Db,
  features: readonly Feature[],
  log: Logger,
): Promise<InputMethod> {
  const general = await loadGeneralLexicon();
  let state = states.get(db);
  if (!state) states.set(db, (state = { built: null, rebuild: null }));
  const now = fingerprint(db, features);
  const { built } = state;
  if (built && now !== null && built.fingerprint === now) return built.ime;
  if (!state.rebuild) startRebuild(db, features, general, state, log);
  return built?.ime ?? withoutVocabulary(general);
}

/** Whether a vocabulary is being rebuilt: tests check that calls are answered meanwhile. */
export function rebuilding(): boolean {
  return rebuilds.size > 0;
}

/** Resolves once no vocabulary is being rebuilt: tests and the benchmark wait here for the new words. */
export async function vocabularyRebuilt(): Promise<void> {
  while (rebuilds.size > 0) await Promise.allSettled([...rebuilds]);
}
