import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Paged } from '../../../electron/shared';
import { useErrorText } from '../lib/error-text';
import { TextField } from './keyboard/TextField';
import { Pager } from './Pager';
import './paged-search.css';

/**
 * A list found by typing: the search field beside an "add" button, the count, the rows (drawn by
 * the caller, only when there are any) and the pager. A new search starts on page one.
 */
export function PagedSearch<T>(props: {
  search: { label: string; hint: string; maxLength: number; name: string };
  add: { label: string; onAdd: () => void };
  pageSize: number;
  queryKey: (term: string, page: number) => QueryKey;
  fetch: (term: string, offset: number, limit: number) => Promise<Paged<T>>;
  count: (term: string, total: number) => string;
  children: (rows: T[]) => ReactNode;
}) {
  const { search, add, pageSize, queryKey, fetch, count, children } = props;
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const term = q.trim();
  const results = useQuery({
    queryKey: queryKey(term, page),
    queryFn: () => fetch(term, page * pageSize, pageSize),
    placeholderData: keepPreviousData,
  });
  const rows = results.data?.rows ?? [];
  const total = results.data?.total ?? 0;
  return (
    <div>
      <div className="search-bar">
        <TextField
          {...search}
          // A desk finds titles and borrowers by name: words, in pinyin on a Chinese screen.
          kind="words"
          value={q}
          onChange={(value) => {
            setQ(value);
            setPage(0);
          }}
        />
        <button type="button" className="btn btn-primary btn-large" onClick={add.onAdd}>
          {add.label}
        </button>
      </div>
      {results.isError && (
        <p className="form-error" role="alert">
          {errorText(results.error)}
        </p>
      )}
      <p className="muted" aria-live="polite">
        {count(term, total)}
      </p>
      {rows.length > 0 && children(rows)}
      <Pager page={page} total={total} pageSize={pageSize} onPage={setPage} />
    </div>
  );
}
