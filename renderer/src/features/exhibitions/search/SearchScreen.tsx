import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TextField } from '../../../components/keyboard/TextField';
import { Pager } from '../../../components/Pager';
import { useErrorText } from '../../../lib/error-text';
import { ExhibitTile } from '../exhibit/ExhibitTile';
import { SearchIcon } from '../../../components/icons';
import { SEARCH_PAGE, searchQuery } from '../exhibitions.queries';
import { ScreenHeader } from '../ScreenHeader';
import { useShownString } from '../shown-text';

/** The API's limit on a query; the field cuts a longer paste and says so (the keyboard's note). */
export const QUERY_MAX = 200;

/**
 * Search across the exhibits on show, by Han characters, pinyin or initials (the keyboard opens in
 * pinyin on a Chinese screen). The query lives in the URL, so "back" from an exhibit returns to the
 * results; an empty query searches nothing and says what to type.
 */
export function SearchScreen() {
  const { t } = useTranslation('exhibitions');
  const errorText = useErrorText();
  const shown = useShownString();
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, QUERY_MAX);
  const page = Math.max(0, Math.floor(Number(params.get('page')) || 0));
  const [text, setText] = useState(q);
  const latest = useRef(q);
  const [hint, setHint] = useState(false);
  const results = useQuery({ ...searchQuery(q, page), enabled: q !== '', placeholderData: keepPreviousData });
  const data = q ? results.data : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // What the field holds now, letters still being composed by the pinyin keyboard included.
    const next = latest.current.trim().slice(0, QUERY_MAX);
    setHint(next === '');
    if (next) setParams({ q: next });
  };

  return (
    <section className="exhibitions-screen" aria-labelledby="exhibitions-search-title">
      <ScreenHeader title={<h1 id="exhibitions-search-title">{t('search.title')}</h1>} />
      <form className="exhibitions-search-box" role="search" onSubmit={submit} noValidate>
        <div className="exhibitions-search-row">
          <TextField
            label={t('search.label')}
            kind="words"
            hint={t('search.example')}
            value={text}
            onChange={(value) => {
              latest.current = value;
              setText(value);
              if (value.trim()) setHint(false);
            }}
            maxLength={QUERY_MAX}
            name="q"
            autoFocus={q === ''}
          />
          <button type="submit" className="btn btn-primary btn-huge exhibitions-search-button">
            <SearchIcon />
            {t('search.submit')}
          </button>
        </div>
        <p className="exhibitions-search-empty" role="status">
          {hint ? t('search.emptyHint') : ''}
        </p>
      </form>
      {q && results.isError && <p className="form-error">{errorText(results.error)}</p>}
      {q && results.isPending && <p className="exhibitions-status">{t('search.searching')}</p>}
      <p className="exhibitions-count" role="status">
        {data && (data.total === 0 ? t('search.none', { q }) : t('search.count', { count: data.total, q }))}
      </p>
      {data && data.rows.length > 0 && (
        <ul className="exhibitions-tiles" aria-label={t('search.results', { q })}>
          {data.rows.map((hit) => (
            <ExhibitTile
              key={`${hit.exhibitionId}:${hit.exhibit.uid}`}
              exhibitionId={hit.exhibitionId}
              exhibit={hit.exhibit}
              level={2}
            >
              <span className="exhibitions-tile-where">
                {t('search.inExhibition', { title: shown(hit.exhibitionTitle) })}
              </span>
            </ExhibitTile>
          ))}
        </ul>
      )}
      {data && (
        <Pager
          page={page}
          total={data.total}
          pageSize={SEARCH_PAGE}
          onPage={(next) => setParams({ q, page: String(next) })}
        />
      )}
    </section>
  );
}
