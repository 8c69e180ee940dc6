import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkTarget } from '../../../../electron/shared/platform.api';
import { TextField } from '../../components/keyboard/TextField';
import { invoke } from '../../lib/api';
import { useErrorText } from '../../lib/error-text';
import { bookLink, exhibitLink, LINKS_MAX, roomLink, sameLink, withLink } from './studio-form';

/** How many books a search offers at once: the curator types more to narrow it. */
const BOOKS_SHOWN = 8;

const keyOf = (l: LinkTarget) => `${l.area}:${l.kind}:${l.id}`;

/** Things to link to, each an "add" button saying what kind of thing it is (for a screen reader). */
function Choices(props: {
  label: string;
  hint: string;
  none?: string;
  choices: readonly { target: LinkTarget; name: string }[];
  disabled: boolean;
  onAdd: (target: LinkTarget) => void;
}) {
  const { label, hint, none, choices, disabled, onAdd } = props;
  const { t } = useTranslation('exhibitions-studio');
  return (
    <div className="exhibitions-studio-link-add">
      <p className="exhibitions-studio-choice-label">{label}</p>
      {choices.length === 0 ? (
        <p className="exhibitions-studio-none">{none}</p>
      ) : (
        <ul className="exhibitions-studio-link-choices" aria-label={label}>
          {choices.map(({ target, name }) => (
            <li key={keyOf(target)}>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={disabled}
                onClick={() => onAdd(target)}
              >
                {t('links.add')}
                <span className="visually-hidden">
                  {' '}
                  {t(`links.kinds.${target.kind}` as 'links.kinds.room')}:{' '}
                </span>
                <span> {name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">{hint}</p>
    </div>
  );
}

/**
 * An exhibit's links: each with its remove button, then a book of the reading room found by its
 * title (the visitors' catalogue search), a room of the centre (venue booking, where a visitor can
 * book it) and another saved exhibit of this exhibition. A link of another kind (from a pack or an
 * import) is listed and can be removed, not added here.
 */
export function LinksField(props: {
  links: readonly LinkTarget[];
  onChange: (links: LinkTarget[]) => void;
  /** The exhibits of this exhibition it may link to (saved ones, not itself), by 简体 title. */
  exhibits: readonly { uid: string; title: string }[];
  error?: string | null;
}) {
  const { links, onChange, exhibits, error } = props;
  const { t } = useTranslation('exhibitions-studio');
  const errorText = useErrorText();
  const [q, setQ] = useState('');
  const query = q.trim();
  const full = links.length >= LINKS_MAX;

  const resolved = useQuery({
    queryKey: ['links', 'resolve', links.map(keyOf)],
    queryFn: () => invoke('links.resolve', { targets: [...links] }),
    enabled: links.length > 0,
    placeholderData: keepPreviousData,
  });
  const books = useQuery({
    queryKey: ['library', 'catalogue', 'search', query, BOOKS_SHOWN],
    queryFn: () => invoke('catalogue.search', { q: query, offset: 0, limit: BOOKS_SHOWN }),
    enabled: query !== '',
  });

  // The centre's rooms (venue booking's visitor list); none offered when that area is off.
  const rooms = useQuery({
    queryKey: ['venues', 'list'],
    queryFn: () => invoke('venues.list', {}),
  });
  const freeRooms = (rooms.data ?? []).filter((r) => !links.some((l) => sameLink(l, roomLink(r.id))));

  const titleOf = (l: LinkTarget): string | null => {
    // An exhibit of this exhibition goes by the title in the form (it may not be published yet).
    if (l.area === 'exhibitions' && l.kind === 'exhibit') {
      const own = exhibits.find((x) => x.uid === l.id);
      if (own) return own.title || t('section.untitled');
    }
    return resolved.data?.find((r) => sameLink(r, l))?.title ?? null;
  };
  const kindOf = (l: LinkTarget) => t(`links.kinds.${l.kind}`, { defaultValue: t('links.kinds.other') });
  const add = (target: LinkTarget) => onChange(withLink(links, target));
  const free = exhibits.filter((x) => !links.some((l) => sameLink(l, exhibitLink(x.uid))));

  return (
    <fieldset className="exhibitions-studio-links">
      <legend>{t('links.legend')}</legend>
      {links.length === 0 ? (
        <p className="exhibitions-studio-none">{t('links.none')}</p>
      ) : (
        <ul className="exhibitions-studio-link-list">
          {links.map((l) => {
            const title = titleOf(l);
            const name = `${kindOf(l)}: ${title ?? (resolved.isPending ? '…' : t('links.gone'))}`;
            return (
              <li key={keyOf(l)}>
                <span className={title === null && !resolved.isPending ? 'link-gone' : undefined}>
                  {name}
                </span>
                <button
                  type="button"
                  className="btn btn-quiet"
                  onClick={() => onChange(links.filter((x) => !sameLink(x, l)))}
                >
                  {t('links.remove')}
                  <span className="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {full && <p className="field-hint">{t('links.full', { max: LINKS_MAX })}</p>}

      <div className="exhibitions-studio-link-add">
        <TextField
          label={t('links.bookSearch')}
          kind="words"
          value={q}
          onChange={setQ}
          maxLength={100}
          hint={t('links.bookHint')}
        />
        {query !== '' && books.isError && (
          <p className="form-error" role="alert">
            {errorText(books.error)}
          </p>
        )}
        {query !== '' && books.data?.rows.length === 0 && (
          <p className="exhibitions-studio-none">{t('links.noBooks')}</p>
        )}
        {query !== '' && books.data && books.data.rows.length > 0 && (
          <ul className="exhibitions-studio-link-choices" aria-label={t('links.books')}>
            {books.data.rows.map((book) => {
              const target = bookLink(book.id);
              const linked = links.some((l) => sameLink(l, target));
              const by = [book.authors.map((a) => a.name).join('、'), book.year].filter(Boolean).join(' · ');
              return (
                <li key={book.id}>
                  <button
                    type="button"
                    className="btn btn-secondary"
                    disabled={linked || full}
                    onClick={() => add(target)}
                  >
                    {linked ? t('links.linked') : t('links.add')}
                    <span className="visually-hidden"> {t('links.kinds.title')}: </span>
                    <span> {book.title}</span>
                  </button>
                  {by !== '' && <span className="field-hint"> {by}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </div>

      {freeRooms.length > 0 && (
        <Choices
          label={t('links.rooms')}
          hint={t('links.roomsHint')}
          choices={freeRooms.map((r) => ({ target: roomLink(r.id), name: r.name }))}
          disabled={full}
          onAdd={add}
        />
      )}
      <Choices
        label={t('links.exhibits')}
        hint={t('links.exhibitsHint')}
        none={t('links.noExhibits')}
        choices={free.map((x) => ({ target: exhibitLink(x.uid), name: x.title || t('section.untitled') }))}
        disabled={full}
        onAdd={add}
      />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
