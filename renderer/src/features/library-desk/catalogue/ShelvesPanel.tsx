import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shelf } from '../../../../../electron/shared/library.api';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys, useShelves } from '../shared/queries';
import { MoveByScan } from './MoveByScan';
import { TableWrap } from '../../../components/TableWrap';

function ShelfForm(props: { shelf?: Shelf; onDone: () => void }) {
  const { shelf, onDone } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [name, setName] = useState(shelf?.name ?? '');
  const [description, setDescription] = useState(shelf?.description ?? '');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      shelf
        ? invoke('shelves.update', { id: shelf.id, name, description })
        : invoke('shelves.create', { name, description }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
      onDone();
    },
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(name.trim() === '');
    if (name.trim() !== '') save.mutate();
  };
  const headingId = shelf ? `shelf-edit-${shelf.id}` : 'shelf-add';
  return (
    <form className="form library-form-wide panel" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{shelf ? t('shelves.renameTitle', { name: shelf.name }) : t('shelves.addTitle')}</h3>
      <div className="form-row">
        <TextField
          label={t('shelves.name')}
          kind="words"
          value={name}
          onChange={setName}
          maxLength={40}
          error={missing ? t('common.required') : refused.name}
          autoFocus
        />
        <TextField
          label={t('shelves.description')}
          kind="words"
          value={description}
          onChange={setDescription}
          maxLength={200}
          error={refused.description}
        />
      </div>
      {save.isError && Object.keys(refused).length === 0 && (
        <p className="form-error" role="alert">
          {errorText(save.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The shelves in the order visitors see them: add, rename, move up or down. */
export function ShelvesPanel() {
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const shelves = useShelves();
  const [editing, setEditing] = useState<Shelf | 'new' | null>(null);
  const rows = shelves.data ?? [];

  // One call with the whole new order: the move is one change, never half made.
  const move = useMutation({
    mutationFn: ([from, to]: [number, number]) => {
      const ids = rows.map((s) => s.id);
      const [moved] = ids.splice(from, 1);
      if (moved !== undefined) ids.splice(to, 0, moved);
      return invoke('shelves.reorder', { ids });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: deskKeys.all }),
  });

  return (
    <div>
      <div className="section-head">
        <h2>{t('shelves.heading')}</h2>
        {editing === null && (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('shelves.add')}
          </button>
        )}
      </div>
      {editing !== null && (
        <ShelfForm
          key={editing === 'new' ? 'new' : editing.id}
          shelf={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {move.isError && (
        <p className="form-error" role="alert">
          {errorText(move.error)}
        </p>
      )}
      <TableWrap label={t('shelves.heading')}>
        <table className="table">
          <caption className="visually-hidden">{t('shelves.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('shelves.name')}</th>
              <th scope="col">{t('shelves.description')}</th>
              <th scope="col">{t('shelves.titles')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s, i) => {
              const above = rows[i - 1];
              const below = rows[i + 1];
              return (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{s.description ?? ''}</td>
                  <td>{s.titleCount}</td>
                  <td>
                    <div className="row-actions">
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        disabled={!above || move.isPending}
                        onClick={() => move.mutate([i, i - 1])}
                      >
                        {t('shelves.up')}
                        <span className="visually-hidden"> {s.name}</span>
                      </button>
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        disabled={!below || move.isPending}
                        onClick={() => move.mutate([i, i + 1])}
                      >
                        {t('shelves.down')}
                        <span className="visually-hidden"> {s.name}</span>
                      </button>
                      <button
                        type="button"
                        className="btn btn-secondary btn-small"
                        onClick={() => setEditing(s)}
                      >
                        {t('shelves.rename')}
                        <span className="visually-hidden"> {s.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <MoveByScan />
    </div>
  );
}
