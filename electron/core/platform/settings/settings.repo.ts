import { SETTINGS, type SettingMap, type Settings } from '../../../shared';
import type { ReadDb, WriteDb } from '../../db/database';

/** Every setting: the stored value where it is valid, else the default. */
export function readSettings(db: ReadDb, defs: SettingMap = SETTINGS): Settings {
  const out: Record<string, unknown> = {};
  for (const [key, def] of Object.entries(defs)) out[key] = def.default;
  for (const { key, value } of db
    .prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
    .all()) {
    const def = defs[key];
    if (!def) continue;
    const parsed = def.schema.safeParse(JSON.parse(value));
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Settings;
}

export function writeSettings(db: WriteDb, patch: Record<string, unknown>): void {
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) put.run(key, JSON.stringify(value));
}
