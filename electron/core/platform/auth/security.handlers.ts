import type { SecurityAlerts } from '../../../shared/sign-in.api';
import type { Handlers } from '../../context';

/** The audit actions the admin's notice counts. */
const TROUBLE = { 'auth.failed': 'failed', 'auth.locked': 'locked', 'auth.held': 'held' } as const;

export const securityHandlers: Pick<Handlers, 'security.alerts' | 'security.acknowledge'> = {
  /** Sign-in trouble since the admin last marked it seen, read from the audit log. */
  'security.alerts': (_input, ctx) => {
    const seen = ctx.db
      .prepare<[], { id: number; at: string }>(
        "SELECT id, at FROM audit_log WHERE action = 'security.acknowledge' ORDER BY id DESC LIMIT 1",
      )
      .get();
    const counts = ctx.db
      .prepare<[number], { action: keyof typeof TROUBLE; n: number }>(
        `SELECT action, count(*) AS n FROM audit_log
         WHERE id > ? AND action IN ('auth.failed', 'auth.locked', 'auth.held') GROUP BY action`,
      )
      .all(seen?.id ?? 0);
    const alerts: SecurityAlerts = { since: seen?.at ?? null, failed: 0, locked: 0, held: 0 };
    for (const c of counts) alerts[TROUBLE[c.action]] = c.n;
    return alerts;
  },

  // The dispatcher records the acknowledgement in the audit log: the notice counts from that entry.
  'security.acknowledge': (_input, ctx) => {
    ctx.audit({ entity: 'security' });
    return { ok: true };
  },
};
