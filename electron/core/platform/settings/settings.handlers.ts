import { patchSchema, type Settings } from '../../../shared';
import type { Handlers } from '../../context';
import { DomainError } from '../../errors';
import { readSettings, writeSettings } from './settings.repo';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (_input, ctx) => readSettings(ctx.db, ctx.app.registry.settings),

  'settings.update': (patch, ctx) => {
    const defs = ctx.app.registry.settings;
    // Checked against the registry: the settings built in and those every area declares. A refusal
    // names the field, like any invalid input.
    const parsed = { data: patchSchema(defs).parse(patch) };
    const before = readSettings(ctx.db, defs);
    const next = { ...before, ...parsed.data } as Settings;
    if (!next['i18n.languages'].includes(next['i18n.defaultLanguage'])) {
      throw new DomainError('invalid_input', 'The default language must be one of the enabled languages');
    }
    writeSettings(ctx.db, parsed.data);
    const changed = Object.keys(parsed.data).filter(
      (k) =>
        JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(next[k as keyof typeof next]),
    );
    if (changed.length === 0) {
      ctx.unchanged();
      return next;
    }
    const pick = (s: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, s[k]]));
    ctx.audit({ entity: 'settings', before: pick(before), after: pick(next) });
    ctx.app.emit('settings.changed', {});
    return next;
  },
};
