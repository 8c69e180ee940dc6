import fs from 'node:fs';
import type { Handlers } from '../../context';
import { DomainError } from '../../errors';
import { recordAudit } from '../audit/audit.repo';
import { seal, SEALED_EXTENSION, unseal } from './sealed-backup';

export const backupsHandlers: Pick<
  Handlers,
  'backups.list' | 'backups.create' | 'backups.restore' | 'backups.seal' | 'backups.unseal'
> = {
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

  // The passphrase is never stored, logged or audited; only that a sealed copy was made, of which.
  'backups.seal': async ({ name, passphrase }, ctx) => {
    if (!ctx.app.backups.exists(name)) throw new DomainError('not_found', `No backup named ${name}`);
    const sealed = await seal(await fs.promises.readFile(ctx.app.backups.pathOf(name)), passphrase);
    recordAudit(ctx, { action: 'backups.seal', entity: 'backup', entityId: name });
    return {
      fileName: name.replace(/\.sqlite$/, SEALED_EXTENSION),
      mimeType: 'application/octet-stream',
      contentBase64: sealed.toString('base64'),
    };
  },

  'backups.unseal': async ({ contentBase64, passphrase }, ctx) => {
    const plain = await unseal(Buffer.from(contentBase64, 'base64'), passphrase);
    const info = await ctx.app.backups.adopt(plain);
    recordAudit(ctx, { action: 'backups.unseal', entity: 'backup', entityId: info.name, after: info });
    return info;
  },
};
