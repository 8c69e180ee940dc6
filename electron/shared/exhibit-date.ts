/**
 * The marks a curator may put before a date to say it is approximate ("约", "大约", "c.", "circa",
 * "~", …; 繁 forms too). Core reads a date's precision from what follows them; the screens take them
 * off to put the screen language's own mark in front instead.
 */
export const APPROXIMATE_MARK = /^\s*(?:大约|大約|约|約|c\.|ca\.|circa|about|~|～)\s*/i;

/** A date as the curator typed it, without its approximate mark ("约1994年" → "1994年"). */
export function withoutApproximateMark(text: string): string {
  return text.replace(APPROXIMATE_MARK, '').trim();
}
