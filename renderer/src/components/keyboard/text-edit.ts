/** Pure text editing for the on-screen keyboard and pasted input; lengths in UTF-16 units like zod's `.max()`. */
export interface EditState {
  value: string;
  start: number;
  end: number;
}

export interface EditResult extends EditState {
  /** Some of the text did not fit under the field's maximum length and was left out. */
  truncated: boolean;
}

/**
 * What a field takes, declared by every field: `words` in the screen's language (searches, names,
 * titles, organisations, notes: the keyboard starts in pinyin on a Chinese screen), `code` as
 * printed on a card or a label (barcodes, card and staff numbers, ISBNs, call numbers) or spelt in
 * Latin letters (the centre's English name): it starts on letters, `digits` on the number pad, `pin` masked on the number pad.
 */
export type FieldKind = 'words' | 'code' | 'digits' | 'pin';

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** At most `max` units, never splitting a character outside the Basic Multilingual Plane in half. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max));
  return cut.length > 0 && isHighSurrogate(cut.charCodeAt(cut.length - 1)) ? cut.slice(0, -1) : cut;
}

/**
 * What a field of this kind accepts: PINs and numbers keep digits only (full-width digits from a
 * Chinese input method become ASCII); words and codes lose line breaks and control characters.
 */
export function accepted(kind: FieldKind, text: string): string {
  if (kind === 'words' || kind === 'code') return text.replace(/\p{Cc}+/gu, ' ');
  return text
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\D+/g, '');
}

export function insertText(state: EditState, text: string, maxLength: number): EditResult {
  const before = state.value.slice(0, state.start);
  const after = state.value.slice(state.end);
  const room = Math.max(0, maxLength - before.length - after.length);
  const piece = clip(text, room);
  const caret = before.length + piece.length;
  return { value: before + piece + after, start: caret, end: caret, truncated: piece.length < text.length };
}

export function deleteBackward(state: EditState): EditState {
  const { value, start, end } = state;
  if (start !== end) return { value: value.slice(0, start) + value.slice(end), start, end: start };
  if (start === 0) return state;
  const width =
    start >= 2 && isLowSurrogate(value.charCodeAt(start - 1)) && isHighSurrogate(value.charCodeAt(start - 2))
      ? 2
      : 1;
  const caret = start - width;
  return { value: value.slice(0, caret) + value.slice(start), start: caret, end: caret };
}

/** A whole new value (typed on a physical keyboard, pasted, scanned) cut to the maximum length. */
export function fitValue(
  kind: FieldKind,
  raw: string,
  maxLength: number,
): { value: string; truncated: boolean } {
  const clean = accepted(kind, raw);
  const value = clip(clean, maxLength);
  return { value, truncated: value.length < clean.length };
}
