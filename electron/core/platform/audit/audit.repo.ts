import type { AuditEntry, Paged } from '../../../shared';
import type { Ctx } from '../../context';
import type { Db } from '../../db/database';
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
 * Records one staff write: who, what, when, before and after. Call it inside the write's own
 * transaction so the change and its record stand or fall together.
 */
export function audit(ctx: Pick<Ctx, 'db' | 'staff' | 'now'>, r: AuditRecord): void {
  cached(
    ctx.db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    ctx.now().toISOString(),
    ctx.staff?.staffNo ?? 'system',
    r.action,
    r.entity,
    r.entityId === undefined || r.entityId === null ? null : String(r.entityId),
    json(r.before),
    json(r.after),
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
    })),
    total: n,
    offset,
    limit,
  };
}
