import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccount } from '../../../../../electron/shared';
import { Dialog } from '../../../components/Dialog';
import { invoke } from '../../../lib/api';
import { useErrorText, useFieldErrors } from '../../../lib/error-text';
import { usePinPair } from '../../../components/pin-pair/use-pin-pair';
import { PinPairFields } from '../../../components/pin-pair/PinPairFields';

/** A new PIN for one account; it also ends that person's open sessions (core does that). */
export function ResetPinDialog({ account, onClose }: { account: StaffAccount; onClose: () => void }) {
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const pins = usePinPair();
  const [local, setLocal] = useState<Record<string, string>>({});

  const reset = useMutation({
    mutationFn: () => invoke('staff.update', { staffNo: account.staffNo, pin: pins.pin }),
    onSuccess: () => {
      pins.clear();
      void queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
  });
  const refused = reset.isError ? fieldErrors(reset.error) : {};
  const general = reset.isError && Object.keys(refused).length === 0 ? errorText(reset.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = pins.check();
    setLocal(errors ?? {});
    if (!errors) reset.mutate();
  };

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-text`} onClose={onClose}>
      <h2 id={`${id}-title`} className="dialog-title">
        {t('accounts.resetPinTitle', { name: account.name, staffNo: account.staffNo })}
      </h2>
      {reset.isSuccess ? (
        <>
          <p id={`${id}-text`} className="notice notice-ok" role="status">
            {t('accounts.pinChanged')}
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {common('actions.close')}
            </button>
          </div>
        </>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p id={`${id}-text`} className="dialog-text">
            {t('accounts.resetPinText')}
          </p>
          <PinPairFields
            pins={pins}
            label={t('accounts.pin')}
            againLabel={t('accounts.pinAgain')}
            hint={t('signIn.pinHint')}
            errors={{ pin: local.pin ?? refused.pin, pinAgain: local.pinAgain }}
            autoFocus
          />
          {general && (
            <p className="form-error" role="alert">
              {general}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="btn btn-primary" disabled={reset.isPending}>
              {t('accounts.setPin')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {common('actions.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
