import { Worker } from 'node:worker_threads';
import type { ApiError, ErrorCode } from '../shared';
import type { Peer, SessionStaff } from './context';
import { DomainError } from './errors';
import type { StepCall } from './write-steps';

/**
 * From source (vitest) a small ES module starts the TypeScript worker (`source-worker.mjs`);
 * bundled, electron/build.mjs writes the worker beside the bundle that holds this module.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = FROM_SOURCE
  ? new URL('./source-worker.mjs', import.meta.url)
  : new URL('./db-long-write.cjs', import.meta.url);
const SOURCE_ENTRY = new URL('./long-write.worker.ts', import.meta.url).href;

/** A long write as it crosses to its worker: the method, its input, and who asked, as data. */
export interface LongWriteJob {
  file: string;
  name: string;
  feature: string;
  writes: StepCall['writes'];
  request?: StepCall['request'];
  input: unknown;
  caller: { clientId: string; peer: Peer; staff: SessionStaff | null; at: number };
}

/** What the worker answers once the write has committed and its pages are in the file. */
export interface LongWriteDone {
  value: unknown;
  changed: boolean;
  domains: string[];
  /** The worker thread it ran on, never core's own. */
  threadId: number;
}

/** An error as it crosses back: a refusal keeps its code and details, any other error its code. */
export type SentError =
  | { domain: true; code: string; message: string; details?: ApiError['details'] }
  | { domain: false; name: string; message: string; stack?: string; code?: string };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'prepared' }
  | { type: 'done'; done: LongWriteDone }
  | { type: 'failed'; error: SentError };
export type ToWorker = { type: 'prepare'; job: LongWriteJob } | { type: 'apply' } | { type: 'drop' };

export function sendable(err: unknown): SentError {
  if (err instanceof DomainError) {
    return {
      domain: true,
      code: err.code,
      message: err.message,
      ...(err.details ? { details: err.details } : {}),
    };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return {
    domain: false,
    name: e.name,
    message: e.message,
    ...(e.stack ? { stack: e.stack } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/** The error again on this side: a DomainError answers as itself; a disk's code stays for `storageFault`. */
export function received(e: SentError): Error {
  if (e.domain) return new DomainError(e.code as ErrorCode, e.message, e.details);
  const err = Object.assign(new Error(e.message), e.code === undefined ? {} : { code: e.code });
  err.name = e.name;
  if (e.stack) err.stack = e.stack;
  return err;
}

/**
 * The worker could not be started (its file missing from a package, a thread the platform refuses):
 * the dispatcher then makes the write on core's thread, as it did before there was a worker.
 */
export class WorkerUnavailable extends Error {
  constructor(cause: unknown) {
    super("The long write's worker did not start", { cause });
    this.name = 'WorkerUnavailable';
  }
}

/**
 * The one worker of this process, kept between long writes (loading core's code in it takes a
 * moment) and never keeping the process alive while it waits. One long write uses it at a time.
 */
let worker: Promise<Worker> | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** A new worker, once it says it has loaded; one that fails before that is unavailable. */
function start(): Promise<Worker> {
  let w: Worker;
  try {
    w = FROM_SOURCE ? new Worker(WORKER, { workerData: { entry: SOURCE_ENTRY } }) : new Worker(WORKER);
  } catch (err) {
    return Promise.reject(new WorkerUnavailable(err));
  }
  const started = next(w).then(
    (m) => {
      if (m.type !== 'ready') throw new WorkerUnavailable(new Error(`its first word was ${m.type}`));
      w.unref();
      return w;
    },
    (err: unknown) => {
      throw new WorkerUnavailable(err);
    },
  );
  // An exit ends the worker for good: the next long write starts another.
  w.once('exit', () => {
    if (worker === started) worker = null;
  });
  return started;
}

/** The worker's next answer; its death (a crash, an exit) is an error of the write under way. */
function next(w: Worker): Promise<FromWorker> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: FromWorker) => {
      off();
      resolve(m);
    };
    const onError = (err: Error) => {
      off();
      reject(err);
    };
    const onExit = (code: number) => {
      off();
      reject(new Error(`The long write's worker stopped (exit code ${code})`));
    };
    const off = () => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.once('exit', onExit);
  });
}

function answer<T extends FromWorker['type']>(m: FromWorker, type: T): Extract<FromWorker, { type: T }> {
  if (m.type === 'failed') throw received(m.error);
  if (m.type !== type) throw new Error(`The long write's worker answered ${m.type}, not ${type}`);
  return m as Extract<FromWorker, { type: T }>;
}

/**
 * Runs a declared long write (`longTwoPhase`) on the worker thread: first its `prepare` (reading
 * the file), while other writes go on; then, inside `hold` (which keeps other writers back, see
 * `db/long-write.ts`), its `apply` in one transaction up to the commit, the checkpoint and the
 * flush. Core's event loop holds none of it: not the slices, not the COMMIT that re-checksums
 * the WAL of a 100,000-row import.
 */
export function runLongWrite(
  call: { file: string; step: StepCall; input: unknown },
  hold: (write: () => Promise<LongWriteDone>) => Promise<LongWriteDone>,
): Promise<LongWriteDone> {
  const { file, step, input } = call;
  const { ctx } = step;
  const job: LongWriteJob = {
    file,
    name: step.name,
    feature: step.feature,
    writes: step.writes,
    ...(step.request ? { request: step.request } : {}),
    input,
    caller: { clientId: ctx.clientId, peer: ctx.peer, staff: ctx.staff, at: ctx.now().getTime() },
  };
  const run = async () => {
    worker ??= start();
    const starting = worker;
    const w = await starting.catch((err: unknown) => {
      if (worker === starting) worker = null;
      throw err;
    });
    w.ref();
    /** Prepared and waiting for `apply`: dropped should the hold never come. */
    let waiting = false;
    try {
      w.postMessage({ type: 'prepare', job } satisfies ToWorker);
      answer(await next(w), 'prepared');
      waiting = true;
      return await hold(async () => {
        waiting = false;
        w.postMessage({ type: 'apply' } satisfies ToWorker);
        return answer(await next(w), 'done').done;
      });
    } finally {
      if (waiting) w.postMessage({ type: 'drop' } satisfies ToWorker);
      w.unref();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
