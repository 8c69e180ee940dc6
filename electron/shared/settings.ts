import { z } from 'zod';
import type { SettingMap, SettingValues, UnionToIntersection } from './contract';
import { exhibitionsSettings } from './exhibitions.settings';
import { librarySettings } from './library.settings';
import { mediaSettings } from './media.settings';
import { language, platformSettings } from './platform.settings';
import { tourSettings } from './tour.settings';

export { language };

/** Merges areas' setting maps, refusing a key declared twice or outside its area's prefix. */
export function composeSettings<M extends Record<string, SettingMap>>(
  byArea: M,
): UnionToIntersection<M[keyof M]> {
  const all: SettingMap = {};
  for (const [area, map] of Object.entries(byArea)) {
    for (const [key, def] of Object.entries(map)) {
      if (key in all) throw new Error(`Setting declared twice: ${key}`);
      if (area !== 'platform' && !key.startsWith(`${area}.`)) {
        throw new Error(`Setting ${key} of ${area} must start with "${area}."`);
      }
      all[key] = def;
    }
  }
  return all as UnionToIntersection<M[keyof M]>;
}

/** The registry of settings: one line per area. */
const BY_AREA = {
  platform: platformSettings,
  media: mediaSettings,
  library: librarySettings,
  exhibitions: exhibitionsSettings,
  tour: tourSettings,
};

export const SETTINGS = composeSettings(BY_AREA);
type AllSettings = typeof SETTINGS;

export type SettingKey = keyof AllSettings;
export type Settings = SettingValues<AllSettings>;

export function defaultsOf<M extends SettingMap>(map: M): SettingValues<M> {
  return Object.fromEntries(Object.entries(map).map(([k, d]) => [k, d.default])) as SettingValues<M>;
}

export const DEFAULT_SETTINGS: Settings = defaultsOf(SETTINGS);

export function patchSchema(map: SettingMap) {
  return z.strictObject(Object.fromEntries(Object.entries(map).map(([k, d]) => [k, d.schema]))).partial();
}

/** A change to some settings; checked against the registry (areas' settings included) in core. */
export type SettingsPatch = Partial<Settings>;
