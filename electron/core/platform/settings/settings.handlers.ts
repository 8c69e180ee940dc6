import type { Handlers } from '../../context';
import { DomainError } from '../../errors';
import { audit } from '../audit/audit.repo';
import { readSettings, writeSettings } from './settings.repo';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => readSettings(db),

  'settings.update': (patch, ctx) => {
    const { db } = ctx;
    const result = db.transaction(() => {
      const before = readSettings(db);
      const next = { ...before, ...patch };
      if (!next['i18n.languages'].includes(next['i18n.defaultLanguage'])) {
        throw new DomainError('invalid_input', 'The default language must be one of the enabled languages');
      }
      writeSettings(db, patch);
      const changed = Object.keys(patch).filter(
        (k) =>
          JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(next[k as keyof typeof next]),
      );
      if (changed.length > 0) {
        const pick = (s: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, s[k]]));
        audit(ctx, {
          action: 'settings.update',
          entity: 'settings',
          before: pick(before),
          after: pick(next),
        });
      }
      return next;
    })();
    ctx.app.emit('settings.changed', {});
    return result;
  },
};
