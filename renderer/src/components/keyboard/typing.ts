import type { ImeScript } from '../../../../electron/shared/ime.api';
import type { FieldKind } from './text-edit';

/** How the letter keys type: through pinyin into Chinese characters, or as the letters themselves. */
export type Typing = 'pinyin' | 'letters';

/** The fields the letter keys serve (PINs and numbers have the number pad). */
export type LetterKind = Extract<FieldKind, 'words' | 'code'>;

/** What the visitor switched to, per kind of field, until the idle reset. */
export type TypingChoices = Partial<Record<LetterKind, Typing>>;

const CHINESE_SCREENS: readonly string[] = ['zh-CN', 'zh-TW'];

/**
 * How the keyboard starts on a field: as the visitor last switched it on this kind of field, else
 * pinyin for words on a Chinese screen (简 or 繁), else letters (codes, and any English screen).
 */
export function startTyping(kind: LetterKind, language: string, chosen: TypingChoices): Typing {
  return chosen[kind] ?? (kind === 'words' && CHINESE_SCREENS.includes(language) ? 'pinyin' : 'letters');
}

/** The characters pinyin candidates come in: a 繁體 screen types Traditional characters. */
export function scriptFor(language: string): ImeScript {
  return language === 'zh-TW' ? 'traditional' : 'simplified';
}
