import type { Handlers } from '../../context';
import { recordAudit } from '../audit/audit.repo';

export const backupsHandlers: Pick<Handlers, 'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': (_input, ctx) => ctx.app.backups.list(),

  'backups.create': async (_input, ctx) => {
    const db = ctx.app.writableDb();
    const info = await ctx.app.backups.create(db, 'manual');
    recordAudit(ctx, { action: 'backups.create', entity: 'backup', entityId: info.name, after: info });
    return info;
  },

  'backups.restore': async ({ name }, ctx) => {
    const result = await ctx.app.restore(name);
    recordAudit(ctx, { action: 'backups.restore', entity: 'backup', entityId: name, after: result });
    return result;
  },
};
