import { z } from 'zod';
import { holdsRole, type ApiError, type FieldIssue, type Result, type WriteDecl } from '../shared';
import type { Ctx, WriteCtx } from './context';
import type { WriteDb } from './db/database';
import { afterLongWrites, longWrite } from './db/long-write';
import { storageFault, STORAGE_MESSAGES } from './db/storage-faults';
import { DomainError } from './errors';
import type { Logger } from './log';
import { writeAudit, type AuditRecord } from './platform/audit/audit.repo';
import { requestsRepo } from './platform/requests/requests.repo';
import type { CoreRegistry, RegisteredMethod } from './registry';

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

interface Outcome {
  changed: boolean;
  after: (() => void)[];
  /** Domains besides the declared one whose screens refetch. */
  domains: Set<string>;
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
  /** The request id of an idempotent call, and the input it is stored under. */
  request?: { id: string; key: string };
}

/**
 * The steps a declared write takes inside its transaction, on `db`: the stored answer of a repeated
 * request id, else the handler's run with its audit entries and its answer stored. `hold` keeps
 * the audit entries until the end (a `ctx.unchanged()` drops them); a long write writes them as
 * they come instead.
 */
function writeSteps(db: WriteDb, call: WriteCall, hold: boolean) {
  const { name, m, writes, ctx, outcome, request } = call;
  const who = { ...ctx, area: m.feature };
  const requests = requestsRepo(db);
  const entries: AuditRecord[] = [];
  let written = 0;
  const audited = writes.audit !== false;
  const wctx: WriteCtx = {
    ...ctx,
    db,
    audit: (r) => {
      const entry = { action: name, ...r };
      if (hold) entries.push(entry);
      else if (audited) {
        writeAudit(db, who, entry);
        written++;
      }
    },
    unchanged: () => void (outcome.changed = false),
    afterCommit: (fn) => void outcome.after.push(fn),
    alsoChanged: (domain) => void outcome.domains.add(domain),
  };
  return {
    wctx,
    /** The first answer to this request id, when it is a repeat of it. */
    repeated(): { value: unknown } | undefined {
      outcome.changed = true;
      if (!request) return undefined;
      const prev = requests.get(request.id);
      if (!prev) return undefined;
      if (prev.method === name && prev.input === request.key) return { value: JSON.parse(prev.result) };
      throw new DomainError('conflict', 'This requestId was used for another call', {
        requestId: request.id,
      });
    },
    finish(result: unknown): void {
      if (audited && outcome.changed) {
        if (entries.length === 0 && written === 0) entries.push({ action: name, entity: m.feature });
        for (const entry of entries) writeAudit(db, who, entry);
      }
      if (request) {
        requests.put(request.id, name, request.key, JSON.stringify(result ?? null), ctx.now().toISOString());
      }
    },
  };
}

/**
 * A declared write: one transaction holding the change, its audit entry and (when idempotent) the
 * stored result under the request id, so none of them can exist without the others. It waits for
 * a long write under way (an import) to commit; a long write is itself one transaction on a
 * connection of its own that yields to the event loop as it goes (`db/long-write.ts`).
 */
async function runWrite(env: DispatchEnv, call: Omit<WriteCall, 'request'>): Promise<unknown> {
  const { name, m, writes, input, ctx } = call;
  const handler = m.handler as SyncWrite | TwoPhaseWrite | LongWrite;
  const prepared = typeof handler === 'function' ? undefined : await handler.prepare(input, ctx);
  const db = env.writeDb();
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
  const full: WriteCall = { ...call, ...(request ? { request } : {}) };

  if (typeof handler !== 'function' && 'applyLong' in handler) {
    return longWrite(db, async (writer) => {
      const steps = writeSteps(writer, full, false);
      const again = steps.repeated();
      if (again) return again.value;
      const result = await handler.applyLong(input, steps.wctx, prepared);
      steps.finish(result);
      return result;
    });
  }
  return afterLongWrites(db, () =>
    db.transaction(() => {
      const steps = writeSteps(db, full, true);
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
