import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Feature } from '../../context';
import type { Db } from '../../db/database';
import { LexiconIndex } from './lexicon';
import type { Pacer } from './pacer';
import { decodeEntries, NAME_SEPARATOR } from './vocabulary';

/**
 * From source (vitest) Node runs the TypeScript worker itself; bundled, electron/build.mjs writes it
 * beside the bundle that holds this module (host.js, main.cjs, bench.js).
 */
const WORKER = import.meta.url.endsWith('.ts')
  ? new URL('./vocabulary.worker.ts', import.meta.url)
  : new URL('./ime-vocabulary.cjs', import.meta.url);

export interface Names {
  /** Every distinct name, one per line: what the worker reads. */
  text: string;
  /** Tells whether the words may have changed (a new borrower from a known company changes none). */
  hash: string;
}

/** The features' names, read in slices: a 100,000-title catalogue's names take a few hundred ms to read. */
export async function readNames(db: Db, features: readonly Feature[], pacer: Pacer): Promise<Names> {
  const seen = new Set<string>();
  const lines: string[] = [];
  const hash = createHash('sha256');
  for (const f of features) {
    if (!f.vocabulary) continue;
    for (const name of f.vocabulary(db)) {
      if (!seen.has(name) && name.trim() !== '') {
        seen.add(name);
        lines.push(name.replaceAll(NAME_SEPARATOR, ' '));
        hash.update(name).update('\u0000');
      }
      if (pacer.due()) await pacer.pause();
    }
  }
  return { text: lines.join(NAME_SEPARATOR), hash: hash.digest('hex') };
}

/** The words and phrases of the names, worked out in a worker thread; the index is built here, in slices. */
export async function indexNames(names: Names, pacer: Pacer): Promise<LexiconIndex> {
  if (names.text === '') return new LexiconIndex();
  const encoded = await new Promise<string>((resolve, reject) => {
    const worker = new Worker(WORKER);
    // A kiosk closing (or a test ending) does not wait for a vocabulary nobody will use.
    worker.unref();
    worker.once('message', (answer: string) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The vocabulary worker stopped (exit code ${code})`)));
    worker.postMessage(names.text);
  });
  return LexiconIndex.build(decodeEntries(encoded), pacer);
}
