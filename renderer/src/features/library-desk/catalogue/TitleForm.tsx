import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Title } from '../../../../../electron/shared/library.api';
import { normaliseIsbn } from '../../../../../electron/shared/library.types';
import { TextField } from '../../../components/keyboard/TextField';
import { ApiFailure, invoke } from '../../../lib/api';
import { hasDraft, useDraft } from '../../../lib/drafts';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { AuthorsEditor } from './AuthorsEditor';
import { ClcPicker } from './ClcPicker';
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
    <form className="form form-wide panel" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{titleId === undefined ? t('title.addTitle') : t('title.editTitle')}</h2>
      {restored && (
        <p className="notice" role="status">
          {t('common.draftRestored')}
        </p>
      )}
      <div className="form-row">
        <TextField
          label={t('title.title')}
          value={draft.title}
          onChange={(title) => change({ title })}
          maxLength={200}
          error={errorOf('title')}
          required
          autoFocus={titleId === undefined}
        />
        <TextField
          label={t('title.subtitle')}
          value={draft.subtitle}
          onChange={(subtitle) => change({ subtitle })}
          maxLength={200}
          error={errorOf('subtitle')}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('title.isbn')}
          hint={isbn13 ? t('title.isbnAs', { isbn: isbn13 }) : t('title.isbnHint')}
          value={draft.isbn}
          onChange={(isbn) => change({ isbn })}
          maxLength={40}
          error={errorOf('isbn')}
        />
        <TextField
          label={t('title.publisher')}
          value={draft.publisher}
          onChange={(publisher) => change({ publisher })}
          maxLength={100}
          error={errorOf('publisher')}
        />
      </div>
      <AuthorsEditor value={draft.authors} onChange={(authors) => change({ authors })} />
      <div className="form-row">
        <TextField
          label={t('title.year')}
          kind="digits"
          value={draft.year}
          onChange={(year) => change({ year })}
          maxLength={4}
          error={errorOf('year')}
        />
        <TextField
          label={t('title.edition')}
          value={draft.edition}
          onChange={(edition) => change({ edition })}
          maxLength={40}
          error={errorOf('edition')}
        />
        <TextField
          label={t('title.pages')}
          kind="digits"
          value={draft.pages}
          onChange={(pages) => change({ pages })}
          maxLength={6}
          error={errorOf('pages')}
        />
      </div>
      <ClcPicker value={draft.clc} onChange={(clc) => change({ clc })} />
      <div className="form-row">
        <TextField
          label={t('title.callNumber')}
          hint={t('title.callNumberHint')}
          value={draft.callNumber}
          onChange={(callNumber) => change({ callNumber })}
          maxLength={60}
          error={errorOf('callNumber')}
        />
        <TextField
          label={t('title.tags')}
          hint={t('title.tagsHint')}
          value={draft.tags}
          onChange={(tags) => change({ tags })}
          maxLength={400}
          error={errorOf('tags')}
        />
      </div>
      <TextField
        label={t('title.summary')}
        value={draft.summary}
        onChange={(summary) => change({ summary })}
        maxLength={4000}
        error={errorOf('summary')}
      />
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
