import fs from 'node:fs';
import path from 'node:path';
import { Core, silentLogger } from '../../electron/core';
import { openDatabase } from '../../electron/core/db/database';
import { BENCH_PIN, call, progress, tmp, type Catalogue } from './library.bench';
import { percentile, report, section, time, timeAsync } from './stats';

const ADMIN = 'bench:admin';
const DESK = 'bench:desk';
const LIBRARIAN_PIN = '135790';
/** Volunteers may hold the most books at once (8 by the default rules). */
const PER_BORROWER = 8;

interface DeskTimes {
  checkout: number[];
  giveBack: number[];
  insert: number[];
  refused: number;
}

/** A librarian at the desk and enough volunteer cards to lend every copy on the shelves. */
async function openDesk(core: Core, copies: number): Promise<string[]> {
  await call(core, 'auth.signIn', { staffNo: 'admin', pin: BENCH_PIN }, ADMIN);
  await call(
    core,
    'staff.create',
    { staffNo: 'desk1', name: '书吧馆员', roles: ['librarian'], pin: LIBRARIAN_PIN },
    ADMIN,
  );
  await call(core, 'auth.signIn', { staffNo: 'desk1', pin: LIBRARIAN_PIN }, DESK);
  const cards: string[] = [];
  for (let i = 0; i * PER_BORROWER < copies; i++) {
    const cardNo = `BENCH${String(i).padStart(4, '0')}`;
    await call(core, 'borrowers.create', { cardNo, name: `志愿者${i + 1}`, type: 'volunteer' }, DESK);
    cards.push(cardNo);
  }
  return cards;
}

/**
 * Lends every available copy and takes it back, `rounds` times, through the dispatcher; after each
 * checkout, one bare INSERT into a WAL database with synchronous=FULL in the same folder: the cost of
 * the commit alone on this disk.
 */
async function desk(core: Core, rounds: number, limit: number): Promise<DeskTimes> {
  const db = openDatabase(core.dbFile, { readonly: true });
  const barcodes = db
    .prepare<[number], string>("SELECT barcode FROM copies WHERE status = 'available' ORDER BY id LIMIT ?")
    .pluck()
    .all(limit);
  db.close();
  const cards = await openDesk(core, barcodes.length);
  const bare = openDatabase(path.join(core.dataDir, 'bare-insert.sqlite'));
  bare.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, barcode TEXT NOT NULL, at TEXT NOT NULL)');
  const insert = bare.prepare('INSERT INTO t (barcode, at) VALUES (?, ?)');
  const out: DeskTimes = { checkout: [], giveBack: [], insert: [], refused: 0 };
  let request = 0;
  const rid = () => `bench-${String(++request).padStart(8, '0')}`;
  try {
    for (let round = 0; round < rounds; round++) {
      const lent: string[] = [];
      for (const [i, barcode] of barcodes.entries()) {
        const cardNo = cards[Math.floor(i / PER_BORROWER)] ?? '';
        const [result, t] = await timeAsync(() =>
          core.invoke('lending.checkout', { cardNo, barcode, requestId: rid() }, DESK),
        );
        if (!result.ok) {
          out.refused++;
          continue;
        }
        lent.push(barcode);
        out.checkout.push(t);
        out.insert.push(time(() => insert.run(barcode, new Date().toISOString()))[1]);
      }
      for (const barcode of lent) {
        out.giveBack.push(
          (await timeAsync(() => call(core, 'lending.return', { barcode, requestId: rid() }, DESK)))[1],
        );
      }
    }
  } finally {
    bare.close();
  }
  return out;
}

function printDesk(label: string, d: DeskTimes): void {
  const n = `${d.checkout.length} loans${d.refused ? `, ${d.refused} refused` : ''}`;
  report(
    `checkout p50, ${label} (${n})`,
    percentile(d.checkout, 50),
    'bare INSERT p50',
    percentile(d.insert, 50),
  );
  report(`checkout p95, ${label}`, percentile(d.checkout, 95), 'bare INSERT p95', percentile(d.insert, 95));
  report(`return p95, ${label}`, percentile(d.giveBack, 95), 'bare INSERT p95', percentile(d.insert, 95));
}

/** The desk with synchronous=FULL: the demo centre, and the generated catalogue (a larger index to keep current). */
export async function deskBench(cat: Catalogue): Promise<void> {
  section('Reading room: desk (synchronous=FULL, WAL)');
  const dataDir = tmp('hongyi-bench-desk-');
  const core = await Core.open({ dataDir, adminPin: BENCH_PIN, log: silentLogger });
  try {
    progress('lending every available copy of the demo centre');
    printDesk('demo centre', await desk(core, 1, 10_000));
  } finally {
    core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  progress('lending 200 copies of the generated catalogue');
  printDesk('generated catalogue', await desk(cat.core, 1, 200));
}
