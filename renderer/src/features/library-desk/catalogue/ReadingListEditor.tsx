import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadingList } from '../../../../../electron/shared/library.api';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';
import { TitlePicker } from './TitlePicker';

interface Item {
  id: number;
  title: string;
}

function ListForm(props: { list?: ReadingList; items: Item[]; onDone: () => void }) {
  const { list, onDone } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [items, setItems] = useState<Item[]>(props.items);
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      invoke('readingLists.save', {
        ...(list ? { id: list.id } : {}),
        name,
        description,
        titleIds: items.map((i) => i.id),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
      onDone();
    },
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const moveItem = (i: number, by: number) =>
    setItems((all) => {
      const next = [...all];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') save.mutate();
  };

  return (
    <form className="form form-wide panel" onSubmit={submit} noValidate aria-labelledby="list-form-title">
      <h3 id="list-form-title">{list ? t('lists.editTitle', { name: list.name }) : t('lists.newTitle')}</h3>
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
      <h4>{t('lists.titles', { count: items.length })}</h4>
      <ol className="list-items">
        {items.map((item, i) => (
          <li key={item.id}>
            <span className="list-item-title">{item.title}</span>
            <span className="row-actions">
              <button
                type="button"
                className="btn btn-quiet btn-small"
                disabled={i === 0}
                onClick={() => moveItem(i, -1)}
              >
                {t('lists.up')}
                <span className="visually-hidden"> {item.title}</span>
              </button>
              <button
                type="button"
                className="btn btn-quiet btn-small"
                disabled={i === items.length - 1}
                onClick={() => moveItem(i, 1)}
              >
                {t('lists.down')}
                <span className="visually-hidden"> {item.title}</span>
              </button>
              <button
                type="button"
                className="btn btn-quiet btn-small"
                onClick={() => setItems((all) => all.filter((x) => x.id !== item.id))}
              >
                {t('lists.remove')}
                <span className="visually-hidden"> {item.title}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      <TitlePicker
        exclude={new Set(items.map((i) => i.id))}
        onPick={(h) => setItems((all) => [...all, { id: h.id, title: h.title }])}
      />
      {save.isError && Object.keys(refused).length === 0 && (
        <p className="form-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-large" disabled={save.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A reading list's name, description and titles in order; a new one when `list` is absent. */
export function ReadingListEditor(props: { list?: ReadingList; onDone: () => void }) {
  const { list, onDone } = props;
  const { t } = useTranslation('library-desk');
  const titles = useQuery({
    queryKey: deskKeys.readingList(list?.id ?? 0),
    queryFn: () => invoke('catalogue.readingList', { id: list?.id ?? 0, limit: 500 }),
    enabled: list !== undefined,
    staleTime: Infinity,
  });
  if (list && !titles.data) return <p role="status">{t('common.loading')}</p>;
  const items = titles.data?.rows.map((r) => ({ id: r.id, title: r.title })) ?? [];
  return <ListForm list={list} items={items} onDone={onDone} />;
}
