import path from 'node:path';
import Database from 'better-sqlite3';
import type { CheckoutLine, ReturnLine } from '../../electron/shared/library.api';
import { HOST_JS, HostClient, startHostProcess, tempDataDir, type HostProcess } from './host-process';

/**
 * The kill -9 harness: the real HTTP host, under parallel checkouts and returns from a signed-in
 * librarian, is killed with SIGKILL at a random moment and started again on the same folder; then
 * `PRAGMA integrity_check` must answer ok and every operation the host acknowledged (an HTTP answer
 * with a result) must be in the database: the loan it made or closed, and the stored result its
 * request id answers with on a retry. An operation the kill cut off may have landed or not; the
 * next cycle reads which from the database.
 */

export const KILL9_ADMIN_PIN = '246810';
const LIBRARIAN = { staffNo: 'kill9', name: 'kill -9', roles: ['librarian'], pin: '135790' };

export interface Kill9Options {
  cycles: number;
  /** Parallel clients, each with a borrower and copies of its own. */
  workers?: number;
  copiesPerWorker?: number;
  /** The kill comes this long (uniformly at random, ms) after the cycle's first acknowledgement. */
  killWithinMs?: number;
  /** Clean restarts (SIGTERM, start) before the cycles, to time a start that needs no recovery. */
  cleanRestarts?: number;
  seed?: number;
  hostJs?: string;
  /** One line per cycle. */
  progress?: (line: string) => void;
}

export interface Lost {
  cycle: number;
  kind: 'checkout' | 'return';
  requestId: string;
  barcode: string;
  why: string;
}

export interface CycleResult {
  checkouts: number;
  returns: number;
  /** Answers that refused the operation: none while the harness knows each copy's state. */
  refused: string[];
  /** Requests sent and never answered: the kill cut them off. */
  cutOff: number;
  /** Of those, how many had committed (their result is stored): the kill fell between commit and answer. */
  cutOffLanded: number;
  killedAfterMs: number;
  /** `PRAGMA integrity_check` after the restart that followed this cycle's kill. */
  integrity: string;
  /** Copies whose status disagrees with their open loan after the restart. */
  copyMismatches: number;
  lost: Lost[];
  /** The restart after this cycle's kill: spawn to listening. */
  restartMs: number;
}

export interface Kill9Result {
  seed: number;
  cycles: CycleResult[];
  acknowledged: number;
  lost: Lost[];
  integrityOk: number;
  /** Host starts with nothing to recover (after SIGTERM), ms. */
  cleanStartMs: number[];
}

interface Ack {
  kind: 'checkout' | 'return';
  requestId: string;
  barcode: string;
  cardNo: string;
  loanId: number;
  /** loaned_at of a checkout, returned_at of a return, as the answer gave them. */
  at: string;
}

/**
 * A small seeded generator (mulberry32): a run's kill moments come again with its seed (printed with
 * its figures and in a failure's message); the interleaving of the requests does not.
 */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function openReadOnly(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, 'hongyi.sqlite'), { readonly: true, fileMustExist: true });
}

/** Copies that are on the shelf, of titles nobody waits for, so that lending them meets no hold. */
function pickCopies(dataDir: string, n: number): string[] {
  const db = openReadOnly(dataDir);
  try {
    const rows = db
      .prepare<[number], { barcode: string }>(
        `SELECT c.barcode FROM copies c
         WHERE c.status = 'available' AND c.withdrawn_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.title_id = c.title_id AND h.status IN ('waiting', 'ready'))
         ORDER BY c.id LIMIT ?`,
      )
      .all(n);
    if (rows.length < n) throw new Error(`the demo centre has ${rows.length} free copies, ${n} needed`);
    return rows.map((r) => r.barcode);
  } finally {
    db.close();
  }
}

interface Worker {
  cardNo: string;
  barcodes: string[];
}

/** Reads the database as the restarted host left it: integrity, what was acknowledged, who holds what. */
function check(
  dataDir: string,
  cycle: number,
  acks: readonly Ack[],
  cutOff: readonly string[],
  barcodes: readonly string[],
): { integrity: string; lost: Lost[]; open: Map<string, string>; copyMismatches: number; landed: number } {
  const db = openReadOnly(dataDir);
  try {
    const integrity = db
      .prepare<[], { integrity_check: string }>('PRAGMA integrity_check')
      .all()
      .map((r) => r.integrity_check)
      .join('; ');
    const loanOf = db.prepare<
      [number],
      {
        barcode: string;
        card_no: string;
        loaned_at: string;
        returned_at: string | null;
        closed_as: string | null;
      }
    >(
      `SELECT c.barcode, b.card_no, l.loaned_at, l.returned_at, l.closed_as
       FROM loans l JOIN copies c ON c.id = l.copy_id JOIN borrowers b ON b.id = l.borrower_id WHERE l.id = ?`,
    );
    const stored = db.prepare<[string], { method: string }>(
      'SELECT method FROM requests WHERE request_id = ?',
    );
    const lost: Lost[] = [];
    for (const ack of acks) {
      const loan = loanOf.get(ack.loanId);
      const miss = (why: string) =>
        lost.push({ cycle, kind: ack.kind, requestId: ack.requestId, barcode: ack.barcode, why });
      if (!loan) miss(`loan ${ack.loanId} is not in the database`);
      else if (loan.barcode !== ack.barcode || loan.card_no !== ack.cardNo)
        miss(`loan ${ack.loanId} is of ${loan.barcode}/${loan.card_no}`);
      else if (ack.kind === 'checkout' && loan.loaned_at !== ack.at)
        miss(`loan ${ack.loanId} was made at ${loan.loaned_at}, acknowledged at ${ack.at}`);
      else if (ack.kind === 'return' && (loan.returned_at !== ack.at || loan.closed_as !== 'returned'))
        miss(`loan ${ack.loanId} closed ${loan.closed_as ?? 'never'} at ${loan.returned_at ?? '-'}`);
      else if (stored.get(ack.requestId)?.method !== `lending.${ack.kind}`)
        miss(`no stored result for request ${ack.requestId}`);
    }
    const landed = cutOff.filter((requestId) => stored.get(requestId) !== undefined).length;
    const open = new Map<string, string>();
    let copyMismatches = 0;
    const state = db.prepare<[string], { status: string; card_no: string | null }>(
      `SELECT c.status, (SELECT b.card_no FROM loans l JOIN borrowers b ON b.id = l.borrower_id
                         WHERE l.copy_id = c.id AND l.returned_at IS NULL) AS card_no
       FROM copies c WHERE c.barcode = ?`,
    );
    for (const barcode of barcodes) {
      const row = state.get(barcode);
      if (row?.card_no) open.set(barcode, row.card_no);
      if (!row || (row.status === 'on_loan') !== (row.card_no !== null)) copyMismatches++;
    }
    return { integrity, lost, open, copyMismatches, landed };
  } finally {
    db.close();
  }
}

/** One client's loop: return what its borrower holds, lend what is on the shelf, until no answer comes. */
async function lend(
  client: HostClient,
  worker: Worker,
  w: number,
  cycle: number,
  open: Map<string, string>,
  tally: { acks: Ack[]; refused: string[]; cutOff: string[]; firstAck: () => void },
): Promise<void> {
  for (let n = 0; ; n++) {
    const barcode = worker.barcodes[n % worker.barcodes.length] ?? '';
    const kind = open.has(barcode) ? 'return' : 'checkout';
    const requestId = `kill9-c${cycle}-w${w}-${n}`;
    let answer;
    try {
      answer =
        kind === 'checkout'
          ? await client.invoke<CheckoutLine>('lending.checkout', {
              cardNo: worker.cardNo,
              barcode,
              requestId,
            })
          : await client.invoke<ReturnLine>('lending.return', { barcode, requestId });
    } catch {
      tally.cutOff.push(requestId);
      return;
    }
    if (!answer.ok) {
      tally.refused.push(`${kind} ${barcode}: ${answer.error.code}`);
      // Follow what the host says, so that one surprise does not turn into a refusal per round.
      if (answer.error.code === 'copy_on_loan') open.set(barcode, '?');
      if (answer.error.code === 'copy_not_on_loan') open.delete(barcode);
      continue;
    }
    const loan = answer.value.loan;
    const at = kind === 'checkout' ? loan.loanedAt : (loan.returnedAt ?? '');
    tally.acks.push({ kind, requestId, barcode, cardNo: worker.cardNo, loanId: loan.id, at });
    tally.firstAck();
    if (kind === 'checkout') open.set(barcode, worker.cardNo);
    else open.delete(barcode);
  }
}

async function signIn(url: string): Promise<HostClient> {
  const client = new HostClient(url);
  await client.ok('auth.signIn', { staffNo: LIBRARIAN.staffNo, pin: LIBRARIAN.pin });
  return client;
}

/** A demo centre in a fresh folder, a librarian, and a borrower per worker, on the running host. */
async function prepare(host: HostProcess, workers: number): Promise<string[]> {
  const admin = new HostClient(host.url);
  await admin.ok('auth.signIn', { staffNo: 'admin', pin: KILL9_ADMIN_PIN });
  await admin.ok('staff.create', LIBRARIAN);
  const cards: string[] = [];
  for (let w = 0; w < workers; w++) {
    const cardNo = `K9${String(w).padStart(4, '0')}`;
    // Volunteers may hold 8 books: more than a worker's copies, so no loan limit is met.
    await admin.ok('borrowers.create', { cardNo, name: `压力测试${w}`, type: 'volunteer' });
    cards.push(cardNo);
  }
  return cards;
}

export async function runKill9(options: Kill9Options): Promise<Kill9Result> {
  const workers = options.workers ?? 6;
  const perWorker = options.copiesPerWorker ?? 3;
  const killWithin = options.killWithinMs ?? 1000;
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const hostJs = options.hostJs ?? HOST_JS;
  const rand = random(seed);
  const folder = tempDataDir('hongyi-kill9-');
  const dataDir = folder.dir;
  let host: HostProcess | null = null;
  try {
    // The first start writes the demo centre; the cycles begin on this host.
    host = await startHostProcess(dataDir, KILL9_ADMIN_PIN, hostJs);
    const cards = await prepare(host, workers);
    const barcodes = pickCopies(dataDir, workers * perWorker);
    const team: Worker[] = cards.map((cardNo, w) => ({
      cardNo,
      barcodes: barcodes.slice(w * perWorker, (w + 1) * perWorker),
    }));
    const cleanStartMs: number[] = [];
    for (let i = 0; i < (options.cleanRestarts ?? 0); i++) {
      await host.stop();
      host = null;
      host = await startHostProcess(dataDir, KILL9_ADMIN_PIN, hostJs);
      cleanStartMs.push(host.startMs);
    }
    let open = new Map<string, string>();
    const cycles: CycleResult[] = [];
    for (let cycle = 1; cycle <= options.cycles; cycle++) {
      const client = await signIn(host.url);
      const tally = {
        acks: [] as Ack[],
        refused: [] as string[],
        cutOff: [] as string[],
        firstAck: (): void => undefined,
      };
      const acknowledged = new Promise<void>((resolve) => (tally.firstAck = resolve));
      const running = team.map((worker, w) => lend(client, worker, w, cycle, open, tally));
      let timer: NodeJS.Timeout | undefined;
      const noAck = new Promise<'none'>((resolve) => (timer = setTimeout(() => resolve('none'), 30_000)));
      const first = await Promise.race([acknowledged, noAck]);
      clearTimeout(timer);
      if (first === 'none')
        throw new Error(`cycle ${cycle}: no operation acknowledged in 30 s\n${host.output()}`);
      const killedAfterMs = rand() * killWithin;
      await sleep(killedAfterMs);
      await host.kill();
      host = null;
      await Promise.all(running);
      host = await startHostProcess(dataDir, KILL9_ADMIN_PIN, hostJs);
      const seen = check(dataDir, cycle, tally.acks, tally.cutOff, barcodes);
      open = seen.open;
      const result: CycleResult = {
        checkouts: tally.acks.filter((a) => a.kind === 'checkout').length,
        returns: tally.acks.filter((a) => a.kind === 'return').length,
        refused: tally.refused,
        cutOff: tally.cutOff.length,
        cutOffLanded: seen.landed,
        killedAfterMs,
        integrity: seen.integrity,
        copyMismatches: seen.copyMismatches,
        lost: seen.lost,
        restartMs: host.startMs,
      };
      cycles.push(result);
      options.progress?.(
        `cycle ${cycle}: ${result.checkouts} checkouts + ${result.returns} returns acknowledged, ` +
          `${result.cutOff} cut off (${result.cutOffLanded} of them landed), killed ${killedAfterMs.toFixed(0)} ms after the first answer; ` +
          `integrity ${result.integrity}, ${result.lost.length} lost`,
      );
    }
    await host.stop();
    host = null;
    const lost = cycles.flatMap((c) => c.lost);
    return {
      seed,
      cycles,
      acknowledged: cycles.reduce((n, c) => n + c.checkouts + c.returns, 0),
      lost,
      integrityOk: cycles.filter((c) => c.integrity === 'ok').length,
      cleanStartMs,
    };
  } catch (err) {
    throw new Error(`kill -9 harness, seed ${seed}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  } finally {
    await host?.kill();
    folder.remove();
  }
}
