import type { Handlers } from '../../context';
import { whenWritable } from '../../db/long-write';
import { DomainError } from '../../errors';
import { listAudit, recordAudit } from '../audit/audit.repo';
import { checkCredentials } from '../auth/auth.service';
import { setupRequired } from '../auth/auth.handlers';
import { readSettings } from '../settings/settings.repo';
import { visitsRepo } from './visits.repo';

/** Renderer error reports kept in the database (the newest), and how much of a stack is kept. */
const KEPT_REPORTS = 500;
const MAX_STORED_STACK = 4000;
const MAX_LOGGED_STACK = 1500;

export const kioskHandlers: Pick<
  Handlers,
  | 'kiosk.info'
  | 'kiosk.counters'
  | 'kiosk.reset'
  | 'kiosk.exit'
  | 'visits.begin'
  | 'visits.track'
  | 'diagnostics.logError'
  | 'audit.list'
> = {
  'kiosk.info': (_input, ctx) => {
    const s = readSettings(ctx.db);
    return {
      centreName: s['centre.name'],
      centreNameEn: s['centre.nameEn'],
      languages: s['i18n.languages'],
      defaultLanguage: s['i18n.defaultLanguage'],
      idleSeconds: s['kiosk.idleSeconds'],
      countdownSeconds: s['kiosk.countdownSeconds'],
      largeText: s['display.largeText'],
      highContrast: s['display.highContrast'],
      areas: ctx.app.features.filter((f) => f.area).map((f) => f.id),
      setupRequired: ctx.app.db() !== null && setupRequired(ctx),
      setupHere: ctx.peer.screen,
      damaged: ctx.app.storage().recovery !== null,
      recovery: ctx.app.storage().recovery,
      cannotSave: ctx.app.storage().cannotSave,
      device: ctx.peer.device ?? null,
      canExit: ctx.app.shell.exitKiosk !== undefined,
    };
  },

  'kiosk.counters': (_input, ctx) => [
    { key: 'platform.visits', value: visitsRepo(ctx.db).count() },
    ...ctx.app.features.flatMap((f) =>
      (f.counters?.(ctx.db) ?? []).map((c) => {
        // A counter is named after its feature, so two areas can never answer for the same key.
        if (!c.key.startsWith(`${f.id}.`))
          throw new Error(`Counter ${c.key} of ${f.id} must start with "${f.id}."`);
        return c;
      }),
    ),
  ],

  // Not a declared write: the reset must work while the database is damaged, when only the
  // sign-out happens and the visit stays open.
  'kiosk.reset': ({ visitId }, ctx) => {
    ctx.app.sessions.signOut(ctx.clientId);
    const db = ctx.app.db();
    if (visitId !== undefined && db) {
      const at = ctx.now();
      whenWritable(
        db,
        () => visitsRepo(db).end(visitId, at),
        (err) => ctx.app.log.error('Visit not ended', err),
      );
    }
    return { ok: true };
  },

  'kiosk.exit': async ({ staffNo, pin }, ctx) => {
    const exit = ctx.app.shell.exitKiosk;
    if (!exit) throw new DomainError('not_kiosk', 'This screen is not running in kiosk mode');
    const staff = await checkCredentials(ctx, staffNo, pin);
    if (!staff.roles.includes('admin'))
      throw new DomainError('forbidden', 'Only an admin can leave kiosk mode');
    recordAudit({ ...ctx, staff }, { action: 'kiosk.exit', entity: 'kiosk' });
    ctx.app.log.warn(`Kiosk mode left by ${staff.staffNo}`);
    exit();
    return { exited: true };
  },

  'visits.begin': ({ language }, ctx) => ({ visitId: visitsRepo(ctx.db).begin(language, ctx.now()) }),

  'visits.track': ({ visitId, area, language }, ctx) => {
    visitsRepo(ctx.db).track(visitId, area, language);
    return { ok: true };
  },

  'diagnostics.logError': ({ message, stack, route }, ctx) => {
    // A screen in an error loop, or a device on the LAN, must not fill the log or the disk.
    if (!ctx.app.errorReports.take(ctx.peer.address, ctx.now().getTime())) {
      throw new DomainError('too_many_requests', 'Too many error reports from this device; wait a minute');
    }
    const shortStack = stack?.slice(0, MAX_STORED_STACK);
    ctx.app.log.error(
      `Renderer error on ${(route ?? '?').slice(0, 100)}: ${message.slice(0, 500)}`,
      (shortStack ?? '').slice(0, MAX_LOGGED_STACK),
    );
    const db = ctx.app.db();
    if (db) {
      const at = ctx.now().toISOString();
      const store = () =>
        db.transaction(() => {
          const { lastInsertRowid } = db
            .prepare('INSERT INTO client_errors (at, message, stack, route) VALUES (?, ?, ?, ?)')
            .run(at, message, shortStack ?? null, route ?? null);
          db.prepare('DELETE FROM client_errors WHERE id <= ?').run(Number(lastInsertRowid) - KEPT_REPORTS);
        })();
      whenWritable(db, store, (err) => ctx.app.log.error('Renderer error not stored', err));
    }
    return { ok: true };
  },

  'audit.list': ({ offset, limit }, ctx) => listAudit(ctx.db, offset, limit),
};
