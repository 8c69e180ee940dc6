import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Author, TitleCard } from '../../../../../electron/shared/library.api';

/** 〔美〕 before a translated author's name, as Chinese catalogues print it. */
function authorName(author: Author): string {
  return author.nationality ? `〔${author.nationality}〕${author.name}` : author.name;
}

/** A YYYY-MM-DD calendar day as "5月3日" / "May 3", read as a local date (no time zone shift). */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric' }).format(new Date(y, m - 1, d));
}

/** Authors as a card shows them (names only) and as a book's page does (with roles: 著, 主编, 译). */
export function useAuthorsText() {
  const { t } = useTranslation('library');
  const short = useCallback(
    (authors: Author[]) => authors.map(authorName).join(t('book.nameSeparator')),
    [t],
  );
  const full = useCallback(
    (authors: Author[]) => {
      const groups: { role: Author['role']; names: string[] }[] = [];
      for (const author of authors) {
        const last = groups.at(-1);
        if (last?.role === author.role) last.names.push(authorName(author));
        else groups.push({ role: author.role, names: [authorName(author)] });
      }
      return groups
        .map((g) => t(`roles.${g.role}`, { names: g.names.join(t('book.nameSeparator')) }))
        .join(t('book.groupSeparator'));
    },
    [t],
  );
  return { short, full };
}

/** "在架 2/3", "已借出" or, when the first copy's due date is known, "借出，预计 5月3日 归还". */
export function useAvailabilityText() {
  const { t, i18n } = useTranslation('library');
  return useCallback(
    (book: Pick<TitleCard, 'copiesIn' | 'copiesTotal'>, firstDueBack?: string | null) => {
      if (book.copiesTotal === 0) return { text: t('availability.none'), tone: 'none' as const };
      if (book.copiesIn > 0) {
        return {
          text: t('availability.in', { in: book.copiesIn, total: book.copiesTotal }),
          tone: 'in' as const,
        };
      }
      if (firstDueBack) {
        return {
          text: t('availability.outUntil', { date: formatDay(firstDueBack, i18n.language) }),
          tone: 'out' as const,
        };
      }
      return { text: t('availability.out'), tone: 'out' as const };
    },
    [t, i18n.language],
  );
}
