import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useErrorText } from '../../../lib/error-text';
import { pageQuery } from '../../../lib/use-paged-rows';
import { searchSource } from '../list/book-sources';
import { BookList } from '../list/BookList';
import { ScreenHeader } from '../ScreenHeader';
import { QUERY_MAX, SearchBox } from './SearchBox';
import { Suggestions } from './Suggestions';

/** Search: the query lives in the URL (`?q=`), so "back" returns to the results as they were. */
export function SearchScreen() {
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, QUERY_MAX);
  const source = searchSource(q);
  const first = useQuery({ ...pageQuery(source, 0), enabled: q !== '' });
  const result = q ? first.data : undefined;
  const search = (next: string) => setParams({ q: next });

  return (
    <section className="library-screen" aria-labelledby="search-title">
      <ScreenHeader title={t('search.title')} titleId="search-title" />
      <SearchBox key={`box:${q}`} initial={q} autoFocus={q === ''} onSearch={search} />
      {q && first.isError && <p className="form-error">{errorText(first.error)}</p>}
      {q && first.isPending && <p className="library-status">{t('search.searching')}</p>}
      <p className="library-count" role="status">
        {result &&
          (result.total === 0
            ? t('search.none', { q })
            : result.capped
              ? t('search.countCapped', { count: result.total, q })
              : t('search.count', { count: result.total, q }))}
      </p>
      {result?.total === 0 && <Suggestions q={q} onChoose={search} />}
      {result && result.total > 0 && (
        <BookList
          key={`results:${q}`}
          source={source}
          total={result.total}
          label={t('search.results', { q })}
        />
      )}
    </section>
  );
}
