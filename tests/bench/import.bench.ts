import fs from 'node:fs';
import { Core, silentLogger } from '../../electron/core';
import { demoShelves } from '../../electron/core/features/library/demo/shelves';
import { formatAuthors } from '../../electron/core/features/library-office/import/authors';
import { MAX_IMPORT_ROWS } from '../../electron/core/features/library-office/import/import.service';
import { generateCatalogue } from './catalogue-generator';
import { BENCH_PIN, call, progress, seconds, tmp } from './library.bench';
import { figure, percentile, report, section, timeAsync } from './stats';

export const IMPORT_ROWS = 100_000;
const ADMIN = 'bench:import-admin';
const VISITOR = 'bench:import-visitor';
/** A visitor searches this often while the librarian imports. */
const SEARCH_EVERY_MS = 25;
const QUERIES = ['党史', 'dangshi', 'dsxx', '长征', 'hongse', '马克思', '改革开放', 'gg'];

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A catalogue as a library system exports it: one row per title, 复本数 1–3 (barcodes generated),
 * the demo centre's shelves, a summary on one row in five (a 100,000-row file stays under the
 * import limit). Made of real words by the search benchmark's generator.
 */
function catalogueCsv(rows: number, seed: number): string[] {
  const shelfName = new Map(demoShelves.map((s) => [s.code, s.name]));
  const lines = generateCatalogue(rows, seed).map((t, i) =>
    [
      t.title,
      t.subtitle ?? '',
      formatAuthors(t.authors.map((a) => ({ ...a, nationality: a.nationality ?? null }))),
      t.publisher,
      t.year === null ? '' : String(t.year),
      t.clc,
      t.callNumber,
      shelfName.get(t.shelf) ?? '',
      String(1 + (i % 3)),
      t.tags.join('；'),
      i % 5 === 0 ? t.summary : '',
    ]
      .map(csvCell)
      .join(','),
  );
  return lines;
}

const HEADER = '书名,副书名,作者,出版社,出版年,中图分类号,索书号,馆藏位置,复本数,主题词,内容简介';

interface Searches {
  latencies: number[];
  stop(): Promise<void>;
}

/**
 * A visitor at the kiosk asking for a search {@link SEARCH_EVERY_MS} ms after the last answer, each
 * timed from the moment it was due to its answer: a search due while the event loop is held waits,
 * and that wait is what the visitor feels.
 */
function searchLoop(core: Core): Searches {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const due = performance.now() + SEARCH_EVERY_MS;
      await new Promise((r) => setTimeout(r, SEARCH_EVERY_MS));
      const q = QUERIES[i % QUERIES.length] ?? '';
      await call(core, 'catalogue.search', { q, limit: 20 }, VISITOR);
      latencies.push(performance.now() - due);
    }
  })();
  return {
    latencies,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/**
 * The catalogue import at scale: `rows` generated titles into the demo centre, in as few files as
 * the importer takes, while a visitor searches. Rows per second against the goal; the search's
 * latency during the import against the same searches with the kiosk idle.
 */
export async function importBench(rows = IMPORT_ROWS): Promise<void> {
  section(`Reading room: catalogue import of ${rows.toLocaleString('en')} rows`);
  const lines = catalogueCsv(rows, 1978);
  const perFile = Math.min(rows, MAX_IMPORT_ROWS);
  const files: string[] = [];
  for (let at = 0; at < lines.length; at += perFile) {
    files.push(`${HEADER}\n${lines.slice(at, at + perFile).join('\n')}\n`);
  }
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
  progress(
    `${files.length} file(s) of at most ${perFile.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB`,
  );

  const dataDir = tmp('hongyi-bench-import-');
  const core = await Core.open({ dataDir, adminPin: BENCH_PIN, log: silentLogger });
  try {
    await call(core, 'auth.signIn', { staffNo: 'admin', pin: BENCH_PIN }, ADMIN);
    const idle = searchLoop(core);
    await new Promise((r) => setTimeout(r, 2000));
    await idle.stop();

    // Encoded as the desk's browser does, before the clock starts: the bench's own work is not core's.
    const encoded = files.map((text) => Buffer.from(text).toString('base64'));
    const during = searchLoop(core);
    let added = 0;
    const cpu0 = process.cpuUsage();
    const [, importMs] = await timeAsync(async () => {
      for (const [i, contentBase64] of encoded.entries()) {
        // A file may take longer than a staff session's idle limit on the old importer.
        await call(core, 'auth.signIn', { staffNo: 'admin', pin: BENCH_PIN }, ADMIN);
        const r = await call(
          core,
          'catalogue.import',
          { fileName: `catalogue-${i + 1}.csv`, contentBase64 },
          ADMIN,
        );
        added += r.added;
      }
    });
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    await during.stop();
    if (added !== rows) throw new Error(`The import added ${added} of ${rows} titles`);

    figure(
      `catalogue import, ${rows.toLocaleString('en')} rows in ${files.length} file(s)`,
      `${Math.round(rows / (importMs / 1000)).toLocaleString('en')} rows/s (${seconds(importMs)}; ` +
        `${Math.round(rows / (cpuMs / 1000)).toLocaleString('en')} rows per CPU second)`,
      '≥ 2,000 rows/s',
    );
    const n = during.latencies.length;
    figure(
      'searches answered during the import',
      `${n} (one asked every ${SEARCH_EVERY_MS} ms after the last answer)`,
    );
    report(
      'search p50 during the import',
      percentile(during.latencies, 50),
      'kiosk idle p50',
      percentile(idle.latencies, 50),
    );
    report(
      'search p95 during the import',
      percentile(during.latencies, 95),
      'kiosk idle p95',
      percentile(idle.latencies, 95),
    );
    report(
      'slowest search during the import',
      percentile(during.latencies, 100),
      'kiosk idle',
      percentile(idle.latencies, 100),
    );
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
