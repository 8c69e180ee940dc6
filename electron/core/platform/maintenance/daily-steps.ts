import type { Feature } from '../../context';
import type { WriteDb } from '../../db/database';
import { afterLongWrites } from '../../db/long-write';
import type { Logger } from '../../log';
import { writeAudit } from '../audit/audit.repo';

const HOUR_MS = 60 * 60 * 1000;

/** Runs `fn` now and every hour after, without keeping the process alive for it. */
export function everyHour(fn: () => void): NodeJS.Timeout {
  fn();
  const timer = setInterval(fn, HOUR_MS);
  timer.unref();
  return timer;
}

/**
 * Runs each feature's daily step, one transaction per feature (after a long write under way, as
 * a declared write would), its audit entries written as the system's. A feature whose step fails
 * is logged and the others still run; its transaction leaves nothing behind. Nothing runs while
 * the database cannot be written. Answers the features that changed something.
 */
export async function runDailySteps(
  db: WriteDb | null,
  features: readonly Feature[],
  now: () => Date,
  log: Logger,
): Promise<string[]> {
  const changed: string[] = [];
  if (!db) return changed;
  for (const { id, daily } of features) {
    if (!daily) continue;
    try {
      const at = now();
      const who = { staff: null, now: () => at, area: id };
      const ctx = {
        db,
        now: () => at,
        audit: (r: Parameters<typeof writeAudit>[2]) => writeAudit(db, who, r),
      };
      if (await afterLongWrites(db, () => db.transaction(() => daily(ctx))())) changed.push(id);
    } catch (err) {
      log.error(`Daily step of ${id} failed`, err);
    }
  }
  return changed;
}
