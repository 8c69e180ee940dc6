import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { normaliseCode } from '../shared/codes';
import { deskKeys } from '../shared/queries';
import { ShelfSelect } from '../shared/ShelfSelect';
import { useRefusalText } from '../shared/use-refusal-text';

/** A new copy of a title: scan its barcode sticker, or leave it empty for a generated one (HY000123). */
export function AddCopyForm(props: { titleId: number; defaultShelf: number | null }) {
  const { titleId, defaultShelf } = props;
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const refusal = useRefusalText();
  const [barcode, setBarcode] = useState('');
  const [shelfId, setShelfId] = useState<number | null>(defaultShelf);
  const [note, setNote] = useState('');

  const add = useMutation({
    mutationFn: () =>
      invoke('copies.add', {
        titleId,
        shelfId,
        note: note.trim() === '' ? null : note,
        ...(barcode.trim() === '' ? {} : { barcode: normaliseCode(barcode) }),
      }),
    onSuccess: () => {
      setBarcode('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: deskKeys.all });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };

  return (
    <form className="form library-form-wide" onSubmit={submit} noValidate aria-labelledby="add-copy-title">
      <h3 id="add-copy-title">{t('copies.addTitle')}</h3>
      <div className="form-row">
        <TextField
          label={t('copies.barcode')}
          kind="code"
          hint={t('copies.barcodeHint')}
          value={barcode}
          onChange={setBarcode}
          maxLength={32}
          name="new-barcode"
        />
        <ShelfSelect
          label={t('copies.shelf')}
          value={shelfId}
          onChange={setShelfId}
          noneLabel={t('shelves.none')}
        />
        <TextField label={t('copies.note')} kind="words" value={note} onChange={setNote} maxLength={200} />
      </div>
      {add.isSuccess && (
        <p className="notice notice-ok" role="status">
          {t('copies.added', { barcode: add.data.barcode })}
        </p>
      )}
      {add.isError && (
        <p className="form-error" role="alert">
          {refusal(add.error)}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {t('copies.add')}
        </button>
      </div>
    </form>
  );
}
