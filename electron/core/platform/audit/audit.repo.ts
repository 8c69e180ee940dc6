import type { AuditEntry, Paged } from '../../../shared';
import type { Ctx } from '../../context';
import type { Db, WriteDb } from '../../db/database';
import { whenWritable } from '../../db/long-write';
import { cached } from '../sql/statements';

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  area: string;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
const unjson = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

export interface AuditRecord {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records one change: who, what, when, before and after, and the area whose namespace labels the
 * action. Written inside the change's own transaction (the dispatcher does this for declared
 * writes), so the change and its record stand or fall together.
 */
export function writeAudit(
  db: WriteDb,
  who: Pick<Ctx, 'staff' | 'now'> & { area: string; actor?: string },
  r: AuditRecord,
): void {
  cached(
    db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, area)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    who.now().toISOString(),
    who.actor ?? who.staff?.staffNo ?? 'system',
    r.action,
    r.entity,
    r.entityId === undefined || r.entityId === null ? null : String(r.entityId),
    json(r.before),
    json(r.after),
    who.area,
  );
}

/**
 * For the few changes that are not a database transaction of their own (a backup file made, the
 * kiosk left, a sign-in refused): recorded when the database can be written (after a long write
 * under way, see `whenWritable`, at the time it happened), else only logged. `actor` names who did
 * it when no staff member did (`device:<address>` for a failed sign-in).
 */
export function recordAudit(ctx: Ctx, r: AuditRecord, actor?: string): void {
  const db = ctx.app.db();
  if (db) {
    const at = ctx.now();
    const who = { ...ctx, now: () => at, area: 'platform', ...(actor ? { actor } : {}) };
    whenWritable(
      db,
      () => writeAudit(db, who, r),
      (err) => ctx.app.log.error(`Not audited: ${r.action}`, err),
    );
  } else
    ctx.app.log.warn(
      `Not audited (no writable database): ${r.action} ${String(r.entityId ?? '')}` +
        (actor ? ` by ${actor}` : '') +
        (r.after === undefined ? '' : ` ${JSON.stringify(r.after)}`),
    );
}

export function listAudit(db: Db, offset: number, limit: number): Paged<AuditEntry> {
  const rows = db
    .prepare<[number, number], AuditRow>('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?')
    .all(limit, offset);
  const { n } = db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
  return {
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: unjson(r.before),
      after: unjson(r.after),
      area: r.area,
    })),
    total: n,
    offset,
    limit,
  };
}
