import fs from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { Core, silentLogger } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { FEATURES } from '../../electron/core/features';
import { seededRandom } from '../../electron/core/platform/demo/seeded-random';
import { vocabularyRebuilt } from '../../electron/core/platform/ime/ime.service';
import { rebuildBench } from './ime-rebuild.bench';
import { call, progress, seconds, tmp, type Catalogue } from './library.bench';
import { figure, median, ms, percentile, report, section, timeAsync } from './stats';

/** The keyboard's candidate strip asks for this many at a time (renderer components/keyboard/pinyin-input-method.ts). */
const PAGE = 8;
const MAX_INPUT = 40;
const WHOLE_TITLES = 40;
const AFTER_WRITE_RUNS = 3;
const GOAL_MS = 16;
const VISITOR = 'bench:ime';

const letters = (s: string) => /^[a-z]+$/.test(s);
/** The letters typed for a text's Han characters, as long as the keyboard takes. */
const spell = (text: string) =>
  pinyin(text.replace(/\P{Script=Han}/gu, ''), { toneType: 'none', separator: '', v: true }).slice(
    0,
    MAX_INPUT,
  );

/**
 * What visitors type: the pinyin and initials of the search queries (parts of titles), the full
 * pinyin of whole titles typed without choosing a candidate (the longest path: a sentence is
 * composed), and authors' names.
 */
function phrases(cat: Catalogue): string[] {
  const rnd = seededRandom(2012);
  const typed = cat.queries
    .filter((q) => q.kind === 'pinyin' || q.kind === 'initials' || q.kind === 'author')
    .map((q) => (q.kind === 'author' ? spell(q.q) : q.q));
  for (let i = 0; i < WHOLE_TITLES; i++) {
    typed.push(spell(rnd.pick(cat.titles).title));
  }
  return [...new Set(typed)].filter(letters);
}

const candidates = (core: Core, input: string) =>
  call(core, 'ime.candidates', { input, offset: 0, limit: PAGE }, VISITOR);

/**
 * Candidate time per keystroke through the dispatcher, typing letter by letter, with the 100,000-title
 * centre vocabulary against the same keystrokes on a kiosk whose vocabulary is empty (a data folder
 * without titles): same dictionary, same code path, so the difference is the centre's words.
 */
export async function imeBench(cat: Catalogue): Promise<void> {
  section('Reading room: pinyin input method');
  const emptyDir = tmp('hongyi-bench-ime-');
  const empty = await Core.open({ dataDir: emptyDir, demo: false, log: silentLogger });
  try {
    const [, loadMs] = await timeAsync(() => candidates(empty, 'a'));
    figure('first keystroke of a fresh process (loads the dictionary)', `${loadMs.toFixed(0)} ms`);
    const db = openDatabase(cat.core.dbFile, { readonly: true });
    const names = new Set(FEATURES.flatMap((f) => [...(f.vocabulary?.(db) ?? [])])).size;
    db.close();
    // Nothing built yet: the first keystroke is answered from the dictionary while the build runs.
    const [, firstMs] = await timeAsync(() => candidates(cat.core, 'a'));
    const [, buildMs] = await timeAsync(() => vocabularyRebuilt());
    figure(
      'first keystroke after start (the dictionary answers while the centre’s words are read)',
      ms(firstMs),
    );
    figure(
      `first vocabulary build (${names.toLocaleString('en')} names read and indexed, core answering meanwhile)`,
      seconds(firstMs + buildMs),
    );

    const typed = phrases(cat);
    const seen = new Set<string>();
    const own: number[] = [];
    const base: number[] = [];
    const ownFirst: number[] = [];
    let slowest = { input: '', ms: 0 };
    progress(`typing ${typed.length} phrases letter by letter`);
    for (const phrase of typed) {
      for (let i = 1; i <= phrase.length; i++) {
        const input = phrase.slice(0, i);
        const [, a] = await timeAsync(() => candidates(cat.core, input));
        const [, b] = await timeAsync(() => candidates(empty, input));
        own.push(a);
        base.push(b);
        if (a > slowest.ms) slowest = { input, ms: a };
        // An input typed before may be answered from the input method's small cache.
        if (!seen.has(input)) ownFirst.push(a);
        seen.add(input);
      }
    }
    const tail = `${own.length} keystrokes`;
    report(`candidates p50 (${tail})`, median(own), 'empty vocabulary p50', median(base));
    report(
      `candidates p95 (${tail})`,
      percentile(own, 95),
      'empty vocabulary p95',
      percentile(base, 95),
      '≤ 16 ms',
    );
    report(
      `candidates max (${tail})`,
      Math.max(...own),
      'empty vocabulary max',
      Math.max(...base),
      '≤ 16 ms',
    );
    figure(
      `keystrokes over ${GOAL_MS} ms`,
      `${own.filter((t) => t > GOAL_MS).length} of ${own.length} (empty vocabulary: ${base.filter((t) => t > GOAL_MS).length}); slowest "${slowest.input}" ${ms(slowest.ms)}`,
    );
    report(
      `candidates p95, inputs typed for the first time (${ownFirst.length})`,
      percentile(ownFirst, 95),
      'all keystrokes p95',
      percentile(own, 95),
      '≤ 16 ms',
    );

    // Any write (here a visit beginning, as at every wake-up of the kiosk) makes the next keystroke
    // check whether the vocabulary changed; the same keystroke again right after is the baseline.
    const afterWrite: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < AFTER_WRITE_RUNS; i++) {
      const input = typed[i] ?? 'a';
      await call(cat.core, 'visits.begin', { language: 'zh-CN' }, VISITOR);
      afterWrite.push((await timeAsync(() => candidates(cat.core, input)))[1]);
      again.push((await timeAsync(() => candidates(cat.core, input)))[1]);
    }
    report(
      `first keystroke after a write, median of ${AFTER_WRITE_RUNS}`,
      median(afterWrite),
      'the same keystroke again',
      median(again),
      '≤ 16 ms',
    );
    await rebuildBench(cat, typed);
  } finally {
    empty.close();
    fs.rmSync(emptyDir, { recursive: true, force: true });
  }
}
