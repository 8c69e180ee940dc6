/**
 * Full-width digits and Latin letters to half-width, every kind of space to one space, trimmed.
 * Full-width punctuation stays: 《红岩》（珍藏版） is how a Chinese title is written.
 */
export function clean(s: string | undefined): string {
  return (s ?? '')
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u200b]+/g, ' ')
    .trim();
}

/** Keeps the line breaks of a long text (a summary), cleaning each line. */
export function cleanMultiline(s: string | undefined): string {
  return (s ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => clean(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
