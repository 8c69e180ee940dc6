import type { z } from 'zod';
import {
  api,
  holdsRole,
  isMethod,
  type ApiError,
  type FieldIssue,
  type Method,
  type Result,
} from '../shared';
import type { Ctx, Feature, Handler, Handlers } from './context';
import { isBusy, longWriteOf } from './db/long-write';
import { DomainError } from './errors';
import type { Logger } from './log';

/** Merges the features' handlers, refusing a name handled twice or an API method handled nowhere. */
export function collectHandlers(features: readonly Feature[]): Handlers {
  const all: Partial<Record<Method, unknown>> = {};
  for (const f of features) {
    for (const [name, handler] of Object.entries(f.handlers)) {
      if (!isMethod(name)) throw new Error(`Feature ${f.id} handles ${name}, which the API does not define`);
      if (all[name]) throw new Error(`Two handlers for ${name}`);
      all[name] = handler;
    }
  }
  const missing = Object.keys(api).filter((name) => !all[name as Method]);
  if (missing.length > 0) throw new Error(`No handler for: ${missing.join(', ')}`);
  return all as Handlers;
}

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    message: i.message,
  }));
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

export interface DispatchEnv {
  handlers: Handlers;
  log: Logger;
  /** Builds the context of one call; may refuse (e.g. `database_damaged`) by throwing a DomainError. */
  context(method: Method, clientId: string, touch: boolean): Ctx;
}

/**
 * Runs a handler; when it could not write because a long write (a large import) holds the
 * database, runs it again once that has committed. Only a synchronous handler is run again: all of
 * it ran while the import held the lock, so its first write failed and it stored nothing (a
 * transaction it opened was rolled back). An asynchronous one may have written before an `await`;
 * it is answered `busy` instead.
 */
async function runWhenWritable(run: () => unknown, ctx: Ctx): Promise<unknown> {
  for (;;) {
    let out: unknown;
    try {
      out = run();
    } catch (err) {
      const committed = isBusy(err) ? longWriteOf(ctx.db) : undefined;
      if (!committed) throw err;
      await committed;
      continue;
    }
    return await out;
  }
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
  if (!isMethod(name)) return fail({ code: 'unknown_method', message: `Unknown method: ${name}` });
  const def = api[name];
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
    const handler = env.handlers[name] as Handler<Method>;
    const value: unknown = await runWhenWritable(() => handler(parsed.data, ctx), ctx);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof DomainError) {
      return fail({ code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) });
    }
    if (isBusy(err)) {
      return fail({ code: 'busy', message: 'A large import is being saved; try again in a moment' });
    }
    env.log.error(`Method ${name} failed`, err);
    return fail({ code: 'internal', message: 'Something went wrong; it has been logged' });
  }
}
