import type { Author, AuthorRole } from '../../../../../electron/shared/library.api';

/**
 * `〔美〕埃德加·斯诺 著、董乐山 译` as on a catalogue card; the words and marks (role, the brackets
 * around a nationality, the separator) come from the caller's language.
 */
export function authorLine(
  authors: readonly Author[],
  words: { role: (role: AuthorRole) => string; nationality: (n: string) => string; separator: string },
): string {
  return authors
    .map((a) =>
      `${a.nationality ? words.nationality(a.nationality) : ''}${a.name} ${words.role(a.role)}`.trim(),
    )
    .join(words.separator);
}
