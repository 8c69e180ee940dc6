import { hostBuilt } from '../crash/host-process';
import { runKill9 } from '../crash/kill9';
import { figure, median, report, section } from './stats';

export const KILL9_CYCLES = 100;

/**
 * The kill -9 harness (tests/crash/kill9.ts) over many cycles. What it measures are counts: operations
 * acknowledged, lost, integrity checks passed. They have no baseline to be a ratio of; the one timing,
 * the restart that has a crash to recover from, is set against clean restarts of the same folder.
 */
export async function kill9Bench(cycles: number): Promise<void> {
  section(`Crash: the host killed with SIGKILL under lending load, ${cycles} cycles`);
  if (!hostBuilt()) return figure('kill -9 cycles', 'skipped: no dist/electron/host.js');
  const started = performance.now();
  const r = await runKill9({
    cycles,
    cleanRestarts: 3,
    progress: (line) => {
      if (process.argv.includes('--verbose')) console.log(`  ${line}`);
    },
  });
  const sum = (pick: (c: (typeof r.cycles)[number]) => number) => r.cycles.reduce((n, c) => n + pick(c), 0);
  figure('seed', String(r.seed));
  figure('cycles', `${r.cycles.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  figure(
    'operations acknowledged',
    `${r.acknowledged} (${sum((c) => c.checkouts)} checkouts, ${sum((c) => c.returns)} returns; ` +
      `per cycle ${Math.min(...r.cycles.map((c) => c.checkouts + c.returns))}–${Math.max(...r.cycles.map((c) => c.checkouts + c.returns))})`,
  );
  figure(
    'requests cut off by the kill (never answered)',
    `${sum((c) => c.cutOff)}, of which ${sum((c) => c.cutOffLanded)} had committed`,
  );
  figure('acknowledged operations lost', String(r.lost.length), '0');
  for (const l of r.lost.slice(0, 10))
    console.log(`  lost: cycle ${l.cycle} ${l.kind} ${l.barcode} ${l.requestId}: ${l.why}`);
  figure('integrity_check after restart', `ok in ${r.integrityOk} of ${r.cycles.length}`, 'all');
  const bad = r.cycles.filter((c) => c.integrity !== 'ok').slice(0, 3);
  for (const c of bad) console.log(`  integrity: ${c.integrity}`);
  figure(
    'copies whose status disagrees with their loans after restart',
    String(sum((c) => c.copyMismatches)),
    '0',
  );
  figure('operations refused (the harness lost track of a copy)', String(sum((c) => c.refused.length)), '0');
  report(
    'host restart after SIGKILL → listening, median',
    median(r.cycles.map((c) => c.restartMs)),
    'after a clean stop',
    median(r.cleanStartMs),
  );
}
