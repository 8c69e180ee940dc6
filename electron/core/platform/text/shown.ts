import * as OpenCC from 'opencc-js';
import type { DraftText, ShownText } from '../../../shared/shown-text';

// Mainland Simplified to Taiwan Traditional, character by character: the writer's wording kept,
// only its script changed (the phrase-level variant would rewrite vocabulary in quoted testimony).
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** 繁體 of a 简体 text, as derived when the writer did not write their own. */
export function traditional(s: string): string {
  return toTraditional(s);
}

/** A text as visitors get it: 繁體 the writer's, or derived from 简体; English as written or null. */
export function shown(t: DraftText): ShownText {
  return { 'zh-CN': t['zh-CN'], 'zh-TW': t['zh-TW'] ?? traditional(t['zh-CN']), en: t.en };
}
