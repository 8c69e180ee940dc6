import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { suggestQuery } from '../library.queries';

/**
 * Suggestions are asked for queries up to this long: a visitor's real query is a few words, and
 * core's suggester tries the query's substrings, which for a 100-character paste keeps it busy for
 * seconds (measured 4.4 s for 100 Han characters) while every other screen waits.
 */
const SUGGEST_MAX = 20;

/** After a search that found nothing: queries near it that do find something, as chips to tap. */
export function Suggestions(props: { q: string; onChoose: (q: string) => void }) {
  const { q, onChoose } = props;
  const { t } = useTranslation('library');
  const suggestions = useQuery({ ...suggestQuery(q), enabled: q.length <= SUGGEST_MAX }).data ?? [];
  return (
    <div className="library-suggestions">
      <p className="lead">{suggestions.length > 0 ? t('search.tryThese') : t('search.tryOther')}</p>
      {suggestions.length > 0 && (
        <ul className="library-suggestion-chips" aria-label={t('search.suggestions')}>
          {suggestions.map((s) => (
            <li key={s.text}>
              <button
                type="button"
                className="btn btn-secondary btn-chip btn-large"
                onClick={() => onChoose(s.text)}
              >
                {t('search.suggestion', { text: s.text, count: s.hits })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
