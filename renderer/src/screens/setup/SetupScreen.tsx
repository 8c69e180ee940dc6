import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/keyboard/TextField';
import { invoke } from '../../lib/api';
import { useErrorText, useFieldErrors, useRequired } from '../../lib/error-text';
import { keys, useKioskInfo } from '../../lib/queries';
import { usePinPair } from '../../components/pin-pair/use-pin-pair';
import { PinPairFields } from '../../components/pin-pair/PinPairFields';
import './setup.css';

/** The first start of a fresh data folder: the centre's name and the admin's PIN, before anything else. */
export function SetupScreen() {
  const { t } = useTranslation('setup');
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const required = useRequired();
  const info = useKioskInfo().data;
  const [centreName, setCentreName] = useState(info?.centreName ?? '');
  const pins = usePinPair();
  const [local, setLocal] = useState<Record<string, string>>({});

  const complete = useMutation({
    mutationFn: () => invoke('setup.complete', { pin: pins.pin, centreName: centreName.trim() }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.info }),
  });
  const refused = complete.isError ? fieldErrors(complete.error) : {};
  const general = complete.isError && Object.keys(refused).length === 0 ? errorText(complete.error) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = { ...required({ centreName }), ...pins.check() };
    setLocal(errors);
    if (Object.keys(errors).length === 0) complete.mutate();
  };

  // A device on the LAN is refused setup (setup_local_only): it is told where to go, not given a form.
  if (info && !info.setupHere) {
    return (
      <section className="setup" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        <h2>{t('setup.elsewhereTitle')}</h2>
        <p className="lead">{t('setup.elsewhere')}</p>
      </section>
    );
  }

  return (
    <section className="setup" aria-labelledby="setup-title">
      <h1 id="setup-title">{t('setup.title')}</h1>
      <p className="lead">{t('setup.intro')}</p>
      <form className="form form-narrow" onSubmit={submit} noValidate>
        <TextField
          label={t('setup.centreName')}
          kind="words"
          value={centreName}
          onChange={setCentreName}
          maxLength={60}
          error={local.centreName ?? refused.centreName}
        />
        <p className="notice">{t('setup.adminNo')}</p>
        <PinPairFields
          pins={pins}
          label={t('setup.pin')}
          againLabel={t('setup.pinAgain')}
          hint={t('setup.pinHint')}
          errors={{ pin: local.pin ?? refused.pin, pinAgain: local.pinAgain }}
        />
        {general && (
          <p className="form-error" role="alert">
            {general}
          </p>
        )}
        <button type="submit" className="btn btn-primary btn-large" disabled={complete.isPending}>
          {t('setup.submit')}
        </button>
      </form>
    </section>
  );
}
