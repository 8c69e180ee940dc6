import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskReadingListDetail } from '../../../../../electron/shared/library.api';
import { READING_LIST_KIND } from '../../../../../electron/shared/library.types';
import { TextField } from '../../../components/keyboard/TextField';
import { PublishingPanel } from '../../../components/publishing/PublishingPanel';
import { ApiFailure, invoke } from '../../../lib/api';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { ReadingListItems, type Item } from './ReadingListItems';
import { TitlePicker } from './TitlePicker';

export type ListDone = { name: string; outcome: 'saved' | 'submitted' } | null;

function ListForm(props: { list?: DeskReadingListDetail; onDone: (done: ListDone) => void }) {
  const { list, onDone } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [items, setItems] = useState<Item[]>(list?.titles ?? []);
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: (submit: boolean) =>
      invoke('readingLists.save', {
        ...(list ? { id: list.id } : {}),
        name,
        description,
        titleIds: items.map((i) => i.id),
        submit,
      }),
    onSuccess: (saved, submit) => {
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['publishing'] });
      onDone({ name: saved.name, outcome: submit ? 'submitted' : 'saved' });
    },
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const failure = save.error instanceof ApiFailure ? save.error : null;
  const submitTo = (submit: boolean) => (e?: FormEvent) => {
    e?.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') save.mutate(submit);
  };

  return (
    <form
      className="form library-form-wide panel"
      onSubmit={submitTo(false)}
      noValidate
      aria-labelledby="list-form-title"
    >
      <h2 id="list-form-title">{list ? t('lists.editTitle', { name: list.name }) : t('lists.newTitle')}</h2>
      <div className="form-row">
        <TextField
          label={t('lists.name')}
          kind="words"
          value={name}
          onChange={setName}
          maxLength={40}
          error={missing ? t('common.required') : refused.name}
          autoFocus={list === undefined}
        />
        <TextField
          label={t('lists.description')}
          kind="words"
          value={description}
          onChange={setDescription}
          maxLength={400}
          error={refused.description}
        />
      </div>
      <h3>{t('lists.titles', { count: items.length })}</h3>
      <ReadingListItems items={items} onChange={setItems} />
      <TitlePicker
        exclude={new Set(items.map((i) => i.id))}
        onPick={(h) => setItems((all) => [...all, { id: h.id, title: h.title }])}
      />
      {save.isError && Object.keys(refused).length === 0 && (
        <p className="form-error" role="alert">
          {failure?.code === 'publishing_incomplete' && failure.details?.problem === 'noTitles'
            ? t('lists.noTitles')
            : errorText(save.error)}
        </p>
      )}
      <p className="field-hint">{t('lists.submitHint')}</p>
      <div className="form-actions">
        <button type="submit" className="btn btn-secondary btn-large" disabled={save.isPending}>
          {t('lists.saveDraft')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={save.isPending}
          onClick={() => submitTo(true)()}
        >
          {t('lists.saveSubmit')}
        </button>
        <button type="button" className="btn btn-quiet" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A list that waits for review or is archived: read, not changed (the panel above says why). */
function ListView(props: { list: DeskReadingListDetail; onDone: (done: ListDone) => void }) {
  const { list, onDone } = props;
  const { t } = useTranslation('library-desk');
  return (
    <div className="panel">
      <h2>{t('lists.viewTitle', { name: list.name })}</h2>
      {list.description && <p>{list.description}</p>}
      <h3>{t('lists.titles', { count: list.titles.length })}</h3>
      <ol className="library-list-items">
        {list.titles.map((item) => (
          <li key={item.id}>
            <span className="library-list-item-title">{item.title}</span>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn-secondary" onClick={() => onDone(null)}>
        {t('lists.back')}
      </button>
    </div>
  );
}

/**
 * A reading list's draft: name, description and titles in order, with where it stands in review;
 * a new list when `listId` is absent. Visitors see it once another staff member approves it.
 */
export function ReadingListEditor(props: { listId?: number; onDone: (done: ListDone) => void }) {
  const { listId, onDone } = props;
  const { t } = useTranslation('library-desk');
  const detail = useQuery({
    queryKey: deskKeys.readingList(listId ?? 0),
    queryFn: () => invoke('readingLists.get', { id: listId ?? 0 }),
    enabled: listId !== undefined,
  });
  if (listId !== undefined && !detail.data) return <p role="status">{t('common.loading')}</p>;
  const list = detail.data;
  const locked = list?.publishing?.state === 'in_review' || list?.publishing?.state === 'archived';
  return (
    <div>
      {list && <PublishingPanel kind={READING_LIST_KIND} contentId={list.id} status={list.publishing} />}
      {list && locked ? (
        <ListView list={list} onDone={onDone} />
      ) : (
        <ListForm key={`${list?.id ?? 'new'}-${list?.publishing?.state ?? ''}`} list={list} onDone={onDone} />
      )}
    </div>
  );
}
