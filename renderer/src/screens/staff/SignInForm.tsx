import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../../electron/shared';
import { TextField } from '../../components/keyboard/TextField';
import { invoke } from '../../lib/api';
import { useErrorText, useFieldErrors, useRequired } from '../../lib/error-text';
import { keys } from '../../lib/queries';
import { clearSessionEnd } from '../../lib/session-end';

/** Staff number on the letter keyboard, PIN on the PIN pad; refusals in the visitor's words. */
export function SignInForm({ onSignedIn }: { onSignedIn?: (me: Me) => void }) {
  const { t } = useTranslation('staff');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const required = useRequired();
  const [staffNo, setStaffNo] = useState('');
  const [pin, setPin] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});

  const signIn = useMutation({
    mutationFn: () => invoke('auth.signIn', { staffNo: staffNo.trim(), pin }),
    onSuccess: (me) => {
      clearSessionEnd();
      queryClient.setQueryData(keys.me, me);
      onSignedIn?.(me);
    },
    onError: () => setPin(''),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = required({ staffNo, pin });
    setMissing(empty);
    if (Object.keys(empty).length === 0) signIn.mutate();
  };
  const refused = signIn.isError ? fieldErrors(signIn.error) : {};
  const general = signIn.isError && Object.keys(refused).length === 0 ? errorText(signIn.error) : null;

  return (
    <form className="form form-narrow" onSubmit={submit} noValidate>
      <TextField
        label={t('signIn.staffNo')}
        kind="code"
        hint={t('signIn.staffNoHint')}
        value={staffNo}
        onChange={setStaffNo}
        maxLength={32}
        error={missing.staffNo ?? refused.staffNo}
        autoFocus
      />
      <TextField
        label={t('signIn.pin')}
        hint={t('signIn.pinHint')}
        value={pin}
        onChange={setPin}
        maxLength={12}
        kind="pin"
        error={missing.pin ?? refused.pin}
      />
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-large" disabled={signIn.isPending}>
        {signIn.isPending ? t('signIn.checking') : t('signIn.submit')}
      </button>
    </form>
  );
}
