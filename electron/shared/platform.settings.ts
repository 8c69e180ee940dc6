import { z } from 'zod';
import { setting } from './contract';
import { LANGUAGES } from './languages';

export const language = z.enum(LANGUAGES);

/** The platform's settings. Keys are dotted and stable: they are stored as rows of `settings`. */
export const platformSettings = {
  'centre.name': setting(z.string().trim().min(1).max(60), '党群服务中心'),
  /** Shown instead of `centre.name` on an English screen; empty means "use the Chinese name". */
  'centre.nameEn': setting(z.string().trim().max(80), ''),
  'i18n.languages': setting(
    z
      .array(language)
      .min(1)
      .max(LANGUAGES.length)
      .refine((l) => new Set(l).size === l.length, 'duplicate language'),
    ['zh-CN', 'zh-TW', 'en'],
  ),
  'i18n.defaultLanguage': setting(language, 'zh-CN'),
  'kiosk.idleSeconds': setting(z.number().int().min(10).max(3600), 90),
  'kiosk.countdownSeconds': setting(z.number().int().min(3).max(120), 15),
  'display.largeText': setting(z.boolean(), false),
  'display.highContrast': setting(z.boolean(), false),
  /**
   * The display a show window opens on in the Electron shell (0: none; 1 is the touch screen's own,
   * so none too; 2 and on: the other displays, left to right). It shows `#/show`.
   */
  'display.showScreen': setting(z.number().int().min(0).max(8), 0),
};
