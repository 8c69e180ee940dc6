// The vocabulary worker: names in, the centre's words out, off core's thread (reading a 100,000-title
// catalogue's names for their words and pinyin is seconds of work). One job per worker.
//
// Node runs this file itself: bundled (electron/build.mjs writes it beside core's bundles) and from
// source under vitest, where Node strips the types but resolves only whole file names, hence the
// `.ts` below. vocabulary.ts may import only packages and types for the same reason.
import { parentPort } from 'node:worker_threads';
import { encodeEntries, NAME_SEPARATOR, vocabularyEntries } from './vocabulary.ts';

parentPort?.once('message', (names: string) => {
  parentPort?.postMessage(encodeEntries(vocabularyEntries(names.split(NAME_SEPARATOR))));
});
