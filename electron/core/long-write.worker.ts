// The long write's worker: a declared long write (`longTwoPhase`, an import of 100,000 rows) runs
// here, off core's thread, on connections of its own to the database file. Core sends the method,
// its input and who asked (`long-write-worker.ts`); this thread reads the file (`prepare`), waits
// for core to hold the other writers back, then writes it all in one transaction, commits,
// checkpoints and flushes, and answers. Bundled as dist/electron/db-long-write.cjs; from source,
// started through source-worker.mjs.
import { parentPort, threadId } from 'node:worker_threads';
import type { Method } from '../shared';
import type { AppServices, Ctx, LongWriteHandler } from './context';
import { openDatabase } from './db/database';
import { longTransaction } from './db/long-transaction';
import { FEATURES } from './features';
import {
  sendable,
  type FromWorker,
  type LongWriteDone,
  type LongWriteJob,
  type ToWorker,
} from './long-write-worker';
import { longSteps, type Outcome } from './write-steps';

/** The app's services live on core's thread: a long write works with its database alone. */
const noApp = new Proxy({} as AppServices, {
  get(_target, key) {
    throw new Error(`ctx.app.${String(key)} is not available to a long write (it runs in a worker)`);
  },
});

function handlerOf(job: LongWriteJob): LongWriteHandler<Method> {
  const handler: unknown = FEATURES.find((f) => f.id === job.feature)?.handlers[job.name];
  if (typeof handler !== 'object' || handler === null || !('applyLong' in handler)) {
    throw new Error(`${job.name} is not a long write of ${job.feature}`);
  }
  return handler as LongWriteHandler<Method>;
}

const post = (m: FromWorker) => parentPort?.postMessage(m);

/** The messages from core, in the order they come. */
function nextMessage(): Promise<ToWorker> {
  return new Promise((resolve) => parentPort?.once('message', resolve));
}

async function run(job: LongWriteJob): Promise<void> {
  const handler = handlerOf(job);
  // One moment for the whole write: what it adds is stamped with the time it was asked.
  const now = () => new Date(job.caller.at);
  const base = {
    clientId: job.caller.clientId,
    peer: job.caller.peer,
    staff: job.caller.staff,
    now,
    app: noApp,
  };
  const reader = openDatabase(job.file, { readonly: true });
  let prepared: unknown;
  try {
    const ctx: Ctx = { ...base, db: reader };
    prepared = await handler.prepare(job.input as never, ctx);
  } finally {
    reader.close();
  }
  post({ type: 'prepared' });
  if ((await nextMessage()).type !== 'apply') return;
  const outcome: Outcome = { changed: true, after: [], domains: new Set() };
  const value = await longTransaction(job.file, (writer) =>
    longSteps(writer, { ...job, ctx: { ...base, db: writer }, outcome }, (wctx) =>
      handler.applyLong(job.input as never, wctx, prepared),
    ),
  );
  for (const fn of outcome.after) fn();
  const done: LongWriteDone = { value, changed: outcome.changed, domains: [...outcome.domains], threadId };
  post({ type: 'done', done });
}

parentPort?.on('message', (m: ToWorker) => {
  if (m.type !== 'prepare') return;
  run(m.job).catch((err: unknown) => post({ type: 'failed', error: sendable(err) }));
});
post({ type: 'ready' });
