import {
  DEFAULT_SETTINGS,
  SETTINGS,
  type SettingKey,
  type Settings,
  type SettingsPatch,
} from '../../../shared';
import type { Db } from '../../db/database';

/** Every setting: the stored value where it is valid, else the default. */
export function readSettings(db: Db): Settings {
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const { key, value } of db
    .prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
    .all()) {
    if (!Object.hasOwn(SETTINGS, key)) continue;
    const parsed = SETTINGS[key as SettingKey].safeParse(JSON.parse(value));
    if (parsed.success) out[key] = parsed.data;
  }
  return out as Settings;
}

export function writeSettings(db: Db, patch: SettingsPatch): void {
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) put.run(key, JSON.stringify(value));
}
