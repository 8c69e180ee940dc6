// No zod here: the renderer imports these types.

/**
 * A text as the curator writes it: 简体 always; 繁體 `null` means "derive it" (OpenCC, at save),
 * a string is the curator's own wording; English `null` means "not written".
 */
export interface DraftText {
  'zh-CN': string;
  'zh-TW': string | null;
  en: string | null;
}

/**
 * A text as visitors get it: 繁體 always filled (derived or the curator's), English `null` when not
 * written (the screen then shows 简体 and says the English is missing).
 */
export interface ShownText {
  'zh-CN': string;
  'zh-TW': string;
  en: string | null;
}
