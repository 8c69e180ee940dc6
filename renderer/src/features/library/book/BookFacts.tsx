import { useTranslation } from 'react-i18next';
import type { TitleDetail } from '../../../../../electron/shared/library.api';

/** Publisher, year, edition, pages, call number, 中图法 class, ISBN: only those the record has. */
export function BookFacts({ book }: { book: TitleDetail }) {
  const { t } = useTranslation('library');
  const facts = [
    { key: 'publisher', value: book.publisher },
    { key: 'year', value: book.year === null ? null : String(book.year) },
    { key: 'edition', value: book.edition },
    { key: 'pages', value: book.pages === null ? null : t('book.pageCount', { count: book.pages }) },
    { key: 'callNumber', value: book.callNumber },
    { key: 'clc', value: book.clc && `${book.clc} ${t(`clc.${book.clc}`)}` },
    { key: 'isbn', value: book.isbn },
  ] as const;
  return (
    <dl className="library-book-facts">
      {facts.map(
        (fact) =>
          fact.value && (
            <div key={fact.key} className="library-book-fact">
              <dt>{t(`book.facts.${fact.key}`)}</dt>
              <dd>{fact.value}</dd>
            </div>
          ),
      )}
    </dl>
  );
}
