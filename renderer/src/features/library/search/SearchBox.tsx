import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { SearchIcon } from '../../../components/icons';

/** The API's limit on a query; the field cuts a longer paste and says so. */
export const QUERY_MAX = 100;

/**
 * The big search field and its button. An empty query searches nothing: it only says what to type.
 * Letters still being composed by the pinyin keyboard are entered as typed when the button is
 * pressed, so `dsxx` + search finds 党史学习 without choosing a candidate.
 */
export function SearchBox(props: { initial?: string; autoFocus?: boolean; onSearch: (q: string) => void }) {
  const { initial = '', autoFocus, onSearch } = props;
  const { t } = useTranslation('library');
  const [text, setText] = useState(initial);
  const [hint, setHint] = useState(false);
  // What the field holds right now, even before React renders it: the pinyin keyboard enters its
  // composing letters as the button takes the focus, a moment before the button's click.
  const latest = useRef(initial);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = latest.current.trim();
    setHint(q === '');
    if (q) onSearch(q);
  };

  return (
    <form className="library-search-box" role="search" onSubmit={submit} noValidate>
      <div className="library-search-box-row">
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
          autoFocus={autoFocus}
        />
        <button type="submit" className="btn btn-primary btn-huge library-search-box-button">
          <SearchIcon />
          {t('search.submit')}
        </button>
      </div>
      <p className="library-search-box-empty" role="status">
        {hint ? t('search.emptyHint') : ''}
      </p>
    </form>
  );
}
