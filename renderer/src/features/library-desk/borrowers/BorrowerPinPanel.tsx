import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Borrower } from '../../../../../electron/shared/library.api';
import { TextField } from '../../../components/keyboard/TextField';
import { invoke } from '../../../lib/api';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { deskKeys } from '../shared/queries';

/**
 * A borrower's self-service PIN, set (typed twice by the borrower on the PIN pad), replaced or
 * cleared at the desk. A new PIN or a cleared one also lifts a lock after wrong PINs. The desk
 * learns only whether there is a PIN, never the PIN.
 */
export function BorrowerPinPanel({ borrower }: { borrower: Borrower }) {
  const { t } = useTranslation('library-desk');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState<'set' | 'cleared' | null>(null);

  const settled = (what: 'set' | 'cleared') => () => {
    setPin('');
    setAgain('');
    setDone(what);
    void queryClient.invalidateQueries({ queryKey: deskKeys.all });
  };
  const save = useMutation({
    mutationFn: () => invoke('borrowers.setPin', { id: borrower.id, pin }),
    onSuccess: settled('set'),
  });
  const clear = useMutation({
    mutationFn: () => invoke('borrowers.clearPin', { id: borrower.id }),
    onSuccess: settled('cleared'),
  });
  const refused = save.isError ? fieldErrors(save.error) : {};
  const general =
    (save.isError && !refused.pin && errorText(save.error)) || (clear.isError && errorText(clear.error));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const differ = pin !== again;
    setMismatch(differ);
    if (!differ) save.mutate();
  };

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="borrower-pin-title">
      <h2 id="borrower-pin-title">{t('borrowers.pinTitle')}</h2>
      <p>{borrower.hasPin ? t('borrowers.pinSet') : t('borrowers.pinNone')}</p>
      {done && (
        <p className="notice notice-ok" role="status">
          {done === 'set' ? t('borrowers.pinSaved') : t('borrowers.pinCleared')}
        </p>
      )}
      <div className="form-row">
        <TextField
          label={t('borrowers.pinNew')}
          hint={t('borrowers.pinHint')}
          kind="pin"
          name="borrower-pin"
          value={pin}
          onChange={setPin}
          maxLength={12}
          error={refused.pin ?? null}
        />
        <TextField
          label={t('borrowers.pinAgain')}
          kind="pin"
          name="borrower-pin-again"
          value={again}
          onChange={setAgain}
          maxLength={12}
          error={mismatch ? t('borrowers.pinMismatch') : null}
        />
      </div>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {borrower.hasPin ? t('borrowers.pinReset') : t('borrowers.pinSave')}
        </button>
        {borrower.hasPin && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={clear.isPending}
            onClick={() => {
              setDone(null);
              clear.mutate();
            }}
          >
            {t('borrowers.pinClear')}
          </button>
        )}
      </div>
    </form>
  );
}
