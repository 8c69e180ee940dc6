import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Borrower } from '../../../../../electron/shared/library.api';
import { PinPairFields } from '../../../components/pin-pair/PinPairFields';
import { usePinPair } from '../../../components/pin-pair/use-pin-pair';
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
  const pins = usePinPair();
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<'set' | 'cleared' | null>(null);

  const settled = (what: 'set' | 'cleared') => () => {
    pins.clear();
    setDone(what);
    void queryClient.invalidateQueries({ queryKey: deskKeys.all });
  };
  const save = useMutation({
    mutationFn: () => invoke('borrowers.setPin', { id: borrower.id, pin: pins.pin }),
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
    const errors = pins.check();
    setLocal(errors ?? {});
    if (!errors) save.mutate();
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
        <PinPairFields
          pins={pins}
          label={t('borrowers.pinNew')}
          againLabel={t('borrowers.pinAgain')}
          hint={t('borrowers.pinHint')}
          errors={{ pin: local.pin ?? refused.pin ?? null, pinAgain: local.pinAgain ?? null }}
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
