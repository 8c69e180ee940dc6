import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Title } from '../../../../../electron/shared/library.api';
import { normaliseIsbn } from '../../../../../electron/shared/library.types';
import { TextField } from '../../../components/keyboard/TextField';
import { ApiFailure, invoke } from '../../../lib/api';
import { draftFields, hasDraft, useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { AuthorsEditor } from './AuthorsEditor';
import { ClcPicker } from './ClcPicker';
import { CoverPhotoField } from './CoverPhotoField';
import { titleInputOf, type TitleDraft, type TitleInput } from './title-form';

const SHOWN_BESIDE = [
  'title',
  'subtitle',
  'isbn',
  'publisher',
  'year',
  'edition',
  'pages',
  'callNumber',
  'tags',
  'summary',
];

/**
 * Adds a title or edits one. What is typed is kept as a draft (`formId`), so a reload of the screen
 * loses nothing; saving or cancelling drops the draft, and so does the idle reset.
 */
export function TitleForm(props: {
  formId: string;
  initial: TitleDraft;
  titleId?: number;
  onSaved: (title: Title) => void;
  onCancel: () => void;
  onOpenTitle: (id: number) => void;
}) {
  const { formId, initial, titleId, onSaved, onCancel, onOpenTitle } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [restored] = useState(() => hasDraft(formId));
  const [draft, change, discard] = useDraft<TitleDraft>(formId, initial);
  const [problems, setProblems] = useState<Partial<Record<keyof TitleDraft, string>>>({});

  const save = useMutation({
    mutationFn: (input: TitleInput) =>
      titleId === undefined
        ? invoke('titles.create', input)
        : invoke('titles.update', { id: titleId, ...input }),
    onSuccess: (title) => {
      discard();
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
      onSaved(title);
    },
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const errorOf = (field: keyof TitleDraft) => problems[field] ?? refused[field] ?? null;
  const field = draftFields(draft, change, errorOf);
  const duplicateOf =
    save.error instanceof ApiFailure &&
    save.error.code === 'duplicate' &&
    typeof save.error.details?.titleId === 'number'
      ? save.error.details.titleId
      : null;
  // Authors and the class have no single field to show a refusal beside: those are said below the form.
  const beside = Object.keys(refused).every((k) => SHOWN_BESIDE.includes(k));
  const general =
    save.isError && (Object.keys(refused).length === 0 || !beside) ? errorText(save.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = titleInputOf(draft);
    if (!checked.ok) {
      setProblems(
        Object.fromEntries(Object.entries(checked.problems).map(([k, p]) => [k, t(`title.problems.${p}`)])),
      );
      return;
    }
    setProblems({});
    save.mutate(checked.input);
  };

  const isbn13 = draft.isbn.trim() === '' ? null : normaliseIsbn(draft.isbn);
  const headingId = `${formId}-title`;
  return (
    <form className="form library-form-wide panel" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{titleId === undefined ? t('title.addTitle') : t('title.editTitle')}</h2>
      {restored && (
        <p className="notice" role="status">
          {t('common.draftRestored')}
        </p>
      )}
      <div className="form-row">
        <TextField
          label={t('title.title')}
          kind="words"
          {...field('title')}
          maxLength={200}
          required
          autoFocus={titleId === undefined}
        />
        <TextField label={t('title.subtitle')} kind="words" {...field('subtitle')} maxLength={200} />
      </div>
      <div className="form-row">
        <TextField
          label={t('title.isbn')}
          kind="code"
          hint={isbn13 ? t('title.isbnAs', { isbn: isbn13 }) : t('title.isbnHint')}
          {...field('isbn')}
          maxLength={40}
        />
        <TextField label={t('title.publisher')} kind="words" {...field('publisher')} maxLength={100} />
      </div>
      <AuthorsEditor value={draft.authors} onChange={(authors) => change({ authors })} />
      <div className="form-row">
        <TextField label={t('title.year')} kind="digits" {...field('year')} maxLength={4} />
        <TextField label={t('title.edition')} kind="words" {...field('edition')} maxLength={40} />
        <TextField label={t('title.pages')} kind="digits" {...field('pages')} maxLength={6} />
      </div>
      <ClcPicker value={draft.clc} onChange={(clc) => change({ clc })} />
      <div className="form-row">
        <TextField
          label={t('title.callNumber')}
          kind="code"
          hint={t('title.callNumberHint')}
          {...field('callNumber')}
          maxLength={60}
        />
        <TextField
          label={t('title.tags')}
          kind="words"
          hint={t('title.tagsHint')}
          {...field('tags')}
          maxLength={400}
        />
      </div>
      <TextField label={t('title.summary')} kind="words" {...field('summary')} maxLength={4000} />
      <CoverPhotoField value={draft.cover ?? null} onChange={(cover) => change({ cover })} />
      {general && (
        <p className="form-error" role="alert">
          {general}
          {duplicateOf !== null && (
            <>
              {' '}
              <button
                type="button"
                className="btn btn-secondary btn-small"
                onClick={() => onOpenTitle(duplicateOf)}
              >
                {t('title.openDuplicate')}
              </button>
            </>
          )}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-large" disabled={save.isPending}>
          {titleId === undefined ? t('title.create') : t('title.save')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            discard();
            onCancel();
          }}
        >
          {titleId === undefined ? t('common.cancel') : t('title.discard')}
        </button>
      </div>
    </form>
  );
}
