import { z } from 'zod';
import { LANGUAGES } from './languages';

export const language = z.enum(LANGUAGES);

/**
 * Every setting with its schema and default. Keys are dotted and stable: they are the public
 * names used by `settings.update` and stored as rows of the `settings` table.
 */
export const SETTINGS = {
  'centre.name': z.string().trim().min(1).max(60),
  'i18n.languages': z
    .array(language)
    .min(1)
    .max(LANGUAGES.length)
    .refine((l) => new Set(l).size === l.length, 'duplicate language'),
  'i18n.defaultLanguage': language,
  'kiosk.idleSeconds': z.number().int().min(10).max(3600),
  'kiosk.countdownSeconds': z.number().int().min(3).max(120),
  'display.largeText': z.boolean(),
  'display.highContrast': z.boolean(),
  'library.selfService': z.boolean(),
  /** The largest picture an upload may be, in MB (the file as sent, before its variants are made). */
  'media.maxImageMB': z.number().int().min(1).max(200),
  /** The largest video or sound file, in MB. */
  'media.maxVideoMB': z.number().int().min(1).max(4096),
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type Settings = { [K in SettingKey]: z.infer<(typeof SETTINGS)[K]> };

export const DEFAULT_SETTINGS: Settings = {
  'centre.name': '党群服务中心',
  'i18n.languages': ['zh-CN', 'zh-TW', 'en'],
  'i18n.defaultLanguage': 'zh-CN',
  'kiosk.idleSeconds': 90,
  'kiosk.countdownSeconds': 15,
  'display.largeText': false,
  'display.highContrast': false,
  'library.selfService': false,
  'media.maxImageMB': 20,
  'media.maxVideoMB': 500,
};

export const settingsPatch = z.strictObject(SETTINGS).partial();
export type SettingsPatch = z.infer<typeof settingsPatch>;
