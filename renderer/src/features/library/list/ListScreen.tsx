import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paged } from '../../../../../electron/shared';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { useErrorText } from '../../../lib/error-text';
import { ScreenHeader } from '../ScreenHeader';
import { pageQuery } from '../../../lib/use-paged-rows';
import type { BookSource } from './book-sources';
import { BookList } from './BookList';

/** A screen that is one long list of books: a shelf, new arrivals, most borrowed, a reading list. */
export function ListScreen<P extends Paged<TitleCard>>(props: {
  source: BookSource<P>;
  /** The screen's name; may come from the list's first page (a shelf's name). */
  title: (first: P | undefined) => string;
  lead?: (first: P | undefined) => string | null;
  tools?: ReactNode;
}) {
  const { source, title, lead, tools } = props;
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const first = useQuery(pageQuery(source, 0));
  const name = title(first.data);
  const total = first.data?.total;

  return (
    <section className="library-screen" aria-labelledby="list-title">
      <ScreenHeader title={name} titleId="list-title" lead={lead?.(first.data)}>
        {tools}
      </ScreenHeader>
      {first.isError && <p className="form-error">{errorText(first.error)}</p>}
      {first.isPending && <p className="library-status">{t('list.loading')}</p>}
      {total !== undefined && (
        <p className="library-count" role="status">
          {total === 0 ? t('list.empty') : t('list.count', { count: total })}
        </p>
      )}
      {total !== undefined && total > 0 && (
        <BookList key={JSON.stringify(source.key)} source={source} total={total} label={name} />
      )}
    </section>
  );
}
