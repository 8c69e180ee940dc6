import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TitleCard } from '../../../../../electron/shared/library.api';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';

/** Finds titles to add to something (a reading list): a few hits, each with an add button. */
export function TitlePicker(props: { onPick: (title: TitleCard) => void; exclude: ReadonlySet<number> }) {
  const { onPick, exclude } = props;
  const { t } = useTranslation('library-desk');
  const [q, setQ] = useState('');
  const term = q.trim();
  const hits = useQuery({
    queryKey: ['library', 'titles', 'pick', term],
    queryFn: () => invoke('catalogue.search', { q: term, limit: 8 }),
    enabled: term !== '',
  });
  return (
    <div className="library-title-picker">
      <TextField
        label={t('lists.findTitle')}
        kind="words"
        value={q}
        onChange={setQ}
        maxLength={100}
        name="list-title-search"
      />
      {term !== '' && hits.data && (
        <ul className="library-pick-list">
          {hits.data.rows.map((h) => (
            <li key={h.id}>
              <span>{h.title}</span>
              <button
                type="button"
                className="btn btn-secondary btn-small"
                disabled={exclude.has(h.id)}
                onClick={() => onPick(h)}
              >
                {exclude.has(h.id) ? t('lists.inList') : t('lists.addTitle', { title: h.title })}
              </button>
            </li>
          ))}
          {hits.data.rows.length === 0 && <li className="muted">{t('lists.noHits')}</li>}
        </ul>
      )}
    </div>
  );
}
