import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorRole } from '../../../../../electron/shared/library.api';
import { AUTHOR_ROLES } from '../../../../../electron/shared/library.types';
import { TextField } from '../../../components/keyboard/TextField';
import type { AuthorDraft } from './title-form';

const MAX_AUTHORS = 12;

function RoleSelect(props: { label: string; value: AuthorRole; onChange: (role: AuthorRole) => void }) {
  const { t } = useTranslation('library-desk');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {props.label}
      </label>
      <select
        id={id}
        className="field-input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as AuthorRole)}
      >
        {AUTHOR_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`authorRoles.${r}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Authors with their role (著, 主编, 译 …) and the nationality prefix shown as 〔美〕. */
export function AuthorsEditor(props: { value: AuthorDraft[]; onChange: (authors: AuthorDraft[]) => void }) {
  const { value, onChange } = props;
  const { t } = useTranslation('library-desk');
  const set = (i: number, patch: Partial<AuthorDraft>) =>
    onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <fieldset className="library-authors">
      <legend>{t('title.authors')}</legend>
      {value.map((a, i) => (
        <div className="library-author-row" key={i}>
          <TextField
            label={t('title.authorName', { n: i + 1 })}
            kind="words"
            value={a.name}
            onChange={(name) => set(i, { name })}
            maxLength={60}
          />
          <RoleSelect
            label={t('title.authorRole', { n: i + 1 })}
            value={a.role}
            onChange={(role) => set(i, { role })}
          />
          <TextField
            label={t('title.nationality', { n: i + 1 })}
            kind="words"
            hint={t('title.nationalityHint')}
            value={a.nationality}
            onChange={(nationality) => set(i, { nationality })}
            maxLength={10}
          />
          <button
            type="button"
            className="btn btn-quiet library-author-remove"
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            {t('title.removeAuthor', { n: i + 1 })}
          </button>
        </div>
      ))}
      {value.length < MAX_AUTHORS && (
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => onChange([...value, { name: '', role: 'author', nationality: '' }])}
        >
          {t('title.addAuthor')}
        </button>
      )}
    </fieldset>
  );
}
