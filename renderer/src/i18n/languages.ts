import type { Language } from '../../../electron/shared';
import { LANGUAGES } from '../../../electron/shared/languages';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language a screen shows: the visitor's choice when the centre has it enabled, else the
 * centre's default, else the first enabled one (settings guarantee at least one).
 */
export function effectiveLanguage(
  choice: Language | null,
  enabled: readonly Language[],
  fallback: Language,
): Language {
  if (choice && enabled.includes(choice)) return choice;
  if (enabled.includes(fallback)) return fallback;
  return enabled[0] ?? DEFAULT_LANGUAGE;
}
