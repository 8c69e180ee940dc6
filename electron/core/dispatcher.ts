import { z } from 'zod';
import { holdsRole, type ApiError, type FieldIssue, type Result, type WriteDecl } from '../shared';
import type { Ctx, WriteCtx } from './context';
import type { WriteDb } from './db/database';
import { afterLongWrites, longWrite } from './db/long-write';
import { longTransaction } from './db/long-transaction';
import { runLongWrite, WorkerUnavailable } from './long-write-worker';
import { storageFault, STORAGE_MESSAGES } from './db/storage-faults';
import { DomainError } from './errors';
import type { Logger } from './log';
import type { CoreRegistry, RegisteredMethod } from './registry';
import { longSteps, writeSteps, type Outcome, type StepCall } from './write-steps';

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    message: i.message,
  }));
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

export interface DispatchEnv {
  registry: CoreRegistry;
  log: Logger;
  /**
   * Called through a method's own route (`RawRoute`: a file as its body or its answer). A method
   * with one is refused anywhere else (`/api/invoke`, IPC), after its role and input are checked.
   */
  raw?: boolean;
  /** Builds the context of one call; may refuse (e.g. `database_damaged`) by throwing a DomainError. */
  context(method: string, clientId: string, touch: boolean): Ctx;
  /** The writable handle for a declared write; throws `database_damaged` when there is none. */
  writeDb(): WriteDb;
  changed(domain: string): void;
}

type SyncWrite = (input: unknown, ctx: WriteCtx) => unknown;
interface TwoPhaseWrite {
  prepare(input: unknown, ctx: Ctx): Promise<unknown>;
  apply(input: unknown, ctx: WriteCtx, prepared: unknown): unknown;
}
interface LongWrite {
  prepare(input: unknown, ctx: Ctx): Promise<unknown>;
  applyLong(input: unknown, ctx: WriteCtx, prepared: unknown): Promise<unknown>;
}

interface WriteCall {
  name: string;
  m: RegisteredMethod;
  writes: WriteDecl;
  input: unknown;
  ctx: Ctx;
  outcome: Outcome;
}

/**
 * A declared write: one transaction holding the change, its audit entry and (when idempotent) the
 * stored result under the request id, so none of them can exist without the others. It waits for
 * a long write under way (an import) to end. A long write is itself one transaction, made on a
 * worker thread with a connection of its own (`long-write-worker.ts`), so that neither its slices
 * nor its COMMIT hold core's event loop.
 */
async function runWrite(env: DispatchEnv, call: WriteCall): Promise<unknown> {
  const { name, m, writes, input, ctx, outcome } = call;
  const handler = m.handler as SyncWrite | TwoPhaseWrite | LongWrite;
  const requestId = writes.idempotent ? (input as { requestId?: unknown }).requestId : undefined;
  if (writes.idempotent && typeof requestId !== 'string') {
    throw new Error(`${name} is declared idempotent but its input has no requestId`);
  }
  // The stored key is the input without its request id: a repeat must be the same call. Secret
  // fields (a PIN) are never stored, not even here.
  const hidden = Object.fromEntries(['requestId', ...(writes.secret ?? [])].map((k) => [k, undefined]));
  const request =
    typeof requestId === 'string'
      ? { id: requestId, key: JSON.stringify({ ...(input as Record<string, unknown>), ...hidden }) }
      : undefined;
  const step: StepCall = { name, feature: m.feature, writes, ctx, outcome, ...(request ? { request } : {}) };

  if (typeof handler !== 'function' && 'applyLong' in handler) {
    try {
      const done = await runLongWrite({ file: env.writeDb().name, step, input }, (write) =>
        longWrite(env.writeDb(), write),
      );
      outcome.changed = done.changed;
      for (const domain of done.domains) outcome.domains.add(domain);
      return done.value;
    } catch (err) {
      if (!(err instanceof WorkerUnavailable)) throw err;
      // Someone must see to it; meanwhile the write is made here, holding core as it goes.
      env.log.error(`${name}: written on core's thread`, err);
      const prepared = await handler.prepare(input, ctx);
      const db = env.writeDb();
      return longWrite(db, () =>
        longTransaction(db.name, (writer) =>
          longSteps(writer, step, (wctx) => handler.applyLong(input, wctx, prepared)),
        ),
      );
    }
  }
  const prepared = typeof handler === 'function' ? undefined : await handler.prepare(input, ctx);
  const db = env.writeDb();
  return afterLongWrites(db, () =>
    db.transaction(() => {
      const steps = writeSteps(db, step, true);
      const again = steps.repeated();
      if (again) return again.value;
      const result =
        typeof handler === 'function'
          ? handler(input, steps.wctx)
          : handler.apply(input, steps.wctx, prepared);
      if (result instanceof Promise) throw new Error(`${name}: a declared write must be synchronous`);
      steps.finish(result);
      return result;
    })(),
  );
}

/**
 * One call of the API, whatever the shell: unknown method → role → input → handler → envelope.
 * Nothing but a DomainError's own words crosses back: other errors are logged and answered `internal`.
 */
export async function dispatch(
  env: DispatchEnv,
  name: string,
  input: unknown,
  clientId: string,
): Promise<Result<unknown>> {
  const m = env.registry.methods.get(name);
  if (!m) return fail({ code: 'unknown_method', message: `Unknown method: ${name}` });
  const { def } = m;
  try {
    const ctx = env.context(name, clientId, def.role !== 'visitor');
    if (def.role !== 'visitor') {
      if (!ctx.staff) return fail({ code: 'unauthenticated', message: 'Sign in first' });
      if (!holdsRole(ctx.staff.roles, def.role)) {
        return fail({ code: 'forbidden', message: `This needs the ${def.role} role` });
      }
    }
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail({ code: 'invalid_input', message: 'Invalid input', issues: issuesOf(parsed.error) });
    }
    if (def.raw && !env.raw) {
      return fail({
        code: 'invalid_input',
        message: `${name} is reached at ${def.raw.verb} ${def.raw.path}`,
      });
    }
    if (!def.writes) {
      const handler = m.handler as (input: unknown, ctx: Ctx) => unknown;
      return { ok: true, value: await handler(parsed.data, ctx) };
    }
    const declared = def.writes.domain === undefined ? [] : [def.writes.domain];
    const outcome: Outcome = { changed: true, after: [], domains: new Set(declared) };
    const value = await runWrite(env, { name, m, writes: def.writes, input: parsed.data, ctx, outcome });
    for (const fn of outcome.after) fn();
    if (outcome.changed) for (const domain of outcome.domains) env.changed(domain);
    return { ok: true, value };
  } catch (err) {
    return failureOf(err, env.log, `Method ${name}`);
  }
}

/**
 * A thrown error as the envelope answers it: a DomainError in its own words; a disk that is full
 * or may not be written as `storage_full` / `storage_readonly` (logged: someone must see to it);
 * anything else logged and answered `internal`. The one place errors become answers.
 */
export function failureOf(err: unknown, log: Logger, what: string): Result<never> {
  if (err instanceof z.ZodError) {
    return fail({ code: 'invalid_input', message: 'Invalid input', issues: issuesOf(err) });
  }
  if (err instanceof DomainError) {
    return fail({ code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) });
  }
  const fault = storageFault(err);
  if (fault) {
    log.error(`${what} not saved (${fault})`, err);
    return fail({ code: fault, message: STORAGE_MESSAGES[fault] });
  }
  log.error(`${what} failed`, err);
  return fail({ code: 'internal', message: 'Something went wrong; it has been logged' });
}
