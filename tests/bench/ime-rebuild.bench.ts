import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { FEATURES } from '../../electron/core/features';
import { rebuilding, vocabularyRebuilt } from '../../electron/core/platform/ime/ime.service';
import { LexiconIndex } from '../../electron/core/platform/ime/lexicon';
import { vocabularyEntries } from '../../electron/core/platform/ime/vocabulary';
import { BENCH_PIN, call, progress, seconds, type Catalogue } from './library.bench';
import { figure, ms, percentile, report, section, time, timeAsync } from './stats';

const STAFF = 'bench:ime-import';
const VISITOR = 'bench:ime-visitor';
/** Titles in the import that changes the vocabulary. */
const IMPORTED = 50;
/** A visitor's pause between two requests (a keystroke, then a search, in turn). */
const PAUSE_MS = 50;
const GOAL_MS = 250;
/** The same traffic with nothing rebuilding, for the baseline. */
const IDLE_REQUESTS = 200;
/** A word only the import brings, and its initials. */
const NEW_WORD = '鹭洲园区读本';
const NEW_WORD_TYPED = 'lzyqdb';

function importFile(): string {
  const rows = ['书名,作者'];
  for (let i = 1; i <= IMPORTED; i++) rows.push(`鹭洲园区读本第${i}册,鹭洲编委会`);
  return Buffer.from(`\ufeff${rows.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

const keystroke = (core: Core, input: string) =>
  call(core, 'ime.candidates', { input, offset: 0, limit: 8 }, VISITOR);
const search = (core: Core, q: string) => call(core, 'catalogue.search', { q, limit: 20 }, VISITOR);

/**
 * Requests one after another, each {@link PAUSE_MS} after the last one's answer, while `going()`:
 * a search and a keystroke in turn. Each one's time runs from when it fell due, so a wait behind
 * core's other work (the timer firing late) counts; `held` is the longest such wait of the loop,
 * `gc` the longest garbage-collection pause meanwhile (on a machine short of cores, V8's helper
 * threads wait for their turn and a pause grows from milliseconds to seconds).
 */
async function traffic(cat: Catalogue, typed: readonly string[], going: (n: number) => boolean) {
  const searches: number[] = [];
  const keys: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  let gc = 0;
  const pauses = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc = Math.max(gc, entry.duration);
  });
  pauses.observe({ entryTypes: ['gc'] });
  for (let n = 0; going(n); n++) {
    const due = performance.now() + PAUSE_MS;
    await sleep(PAUSE_MS);
    if (n % 2 === 0) {
      await search(cat.core, cat.queries[(n / 2) % cat.queries.length]?.q ?? '党史');
      searches.push(performance.now() - due);
    } else {
      await keystroke(cat.core, typed[((n - 1) / 2) % typed.length] ?? 'a');
      keys.push(performance.now() - due);
    }
  }
  loop.disable();
  pauses.disconnect();
  return { searches, keys, held: loop.max / 1e6, gc };
}

/**
 * A catalogue import at 100,000 titles: the first keystroke after it, searches and keystrokes while
 * the vocabulary is rebuilt, and the longest time core's thread was held, against the same traffic
 * with nothing rebuilding and against building the vocabulary on core's thread as it used to be.
 */
export async function rebuildBench(cat: Catalogue, typed: readonly string[]): Promise<void> {
  section('Reading room: the vocabulary rebuilt after a catalogue import');
  const db = openDatabase(cat.core.dbFile, { readonly: true });
  const names = [...new Set(FEATURES.flatMap((f) => [...(f.vocabulary?.(db) ?? [])]))];
  db.close();

  await call(cat.core, 'auth.signIn', { staffNo: 'admin', pin: BENCH_PIN }, STAFF);
  const idle = await traffic(cat, typed, (n) => n < IDLE_REQUESTS);
  await call(cat.core, 'catalogue.import', { fileName: '新书.csv', contentBase64: importFile() }, STAFF);

  const t0 = performance.now();
  const [first, firstMs] = await timeAsync(() => keystroke(cat.core, NEW_WORD_TYPED));
  if (!rebuilding()) throw new Error('The import started no vocabulary rebuild');
  if (first.candidates[0]?.text === NEW_WORD) throw new Error('The first keystroke waited for the rebuild');
  const busy = await traffic(cat, typed, () => rebuilding());
  await vocabularyRebuilt();
  const rebuildMs = performance.now() - t0;
  const found = (await keystroke(cat.core, NEW_WORD_TYPED)).candidates[0]?.text;
  if (found !== NEW_WORD) throw new Error(`The imported words are missing after the rebuild: ${found}`);

  progress(
    `building the same vocabulary on core's thread, as before (${names.length.toLocaleString('en')} names)`,
  );
  const [, syncMs] = time(() => new LexiconIndex(vocabularyEntries(names)));

  figure(
    `vocabulary rebuild after importing ${IMPORTED} titles (${names.length.toLocaleString('en')} names; worker and slices)`,
    `${seconds(rebuildMs)}, core answering throughout (before: ${seconds(syncMs)} of building on core's thread, every call waiting)`,
  );
  figure('first keystroke after the import', ms(firstMs), `≤ ${GOAL_MS} ms`);
  report(
    'longest wait of core’s event loop during the rebuild',
    busy.held,
    'the same traffic with nothing rebuilding',
    idle.held,
    `≤ ${GOAL_MS} ms`,
  );
  // A quiet machine may see no pause at all with nothing rebuilding: then there is no ratio to print.
  if (idle.gc > 0)
    report('longest garbage-collection pause during the rebuild', busy.gc, 'nothing rebuilding', idle.gc);
  else
    figure(
      'longest garbage-collection pause during the rebuild',
      `${ms(busy.gc)} (none with nothing rebuilding)`,
    );
  const p95 = (xs: readonly number[]) => percentile(xs, 95);
  const both = (name: string, during: number[], before: number[]) => {
    report(
      `${name} p95 during the rebuild (${during.length})`,
      p95(during),
      'nothing rebuilding',
      p95(before),
    );
    report(
      `${name} max during the rebuild`,
      Math.max(...during),
      'nothing rebuilding',
      Math.max(...before),
      `≤ ${GOAL_MS} ms`,
    );
  };
  both('catalogue search', busy.searches, idle.searches);
  both('keystroke', busy.keys, idle.keys);
}
