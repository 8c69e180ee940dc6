import type { WriteDecl } from '../shared';
import type { Ctx, WriteCtx } from './context';
import type { WriteDb } from './db/database';
import { DomainError } from './errors';
import { writeAudit, type AuditRecord } from './platform/audit/audit.repo';
import { requestsRepo } from './platform/requests/requests.repo';

/** What a declared write did, for the dispatcher to act on after the commit. */
export interface Outcome {
  changed: boolean;
  after: (() => void)[];
  /** Domains besides the declared one whose screens refetch. */
  domains: Set<string>;
}

/** A declared write's call as its steps need it (on core's thread, or in a long write's worker). */
export interface StepCall {
  name: string;
  /** The feature that declares the method: its audit entries are labelled in that namespace. */
  feature: string;
  writes: WriteDecl;
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
export function writeSteps(db: WriteDb, call: StepCall, hold: boolean) {
  const { name, feature, writes, ctx, outcome, request } = call;
  const who = { ...ctx, area: feature };
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
        if (entries.length === 0 && written === 0) entries.push({ action: name, entity: feature });
        for (const entry of entries) writeAudit(db, who, entry);
      }
      if (request) {
        requests.put(request.id, name, request.key, JSON.stringify(result ?? null), ctx.now().toISOString());
      }
    },
  };
}

/**
 * A long write's steps inside its one transaction on `writer` (`longTwoPhase`): the stored answer
 * of a repeated request id, else `apply`'s, with its audit entries written as they come.
 */
export async function longSteps(
  writer: WriteDb,
  call: StepCall,
  apply: (wctx: WriteCtx) => Promise<unknown>,
): Promise<unknown> {
  const steps = writeSteps(writer, call, false);
  const again = steps.repeated();
  if (again) return again.value;
  const result = await apply(steps.wctx);
  steps.finish(result);
  return result;
}
