import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DevicePurpose } from '../../../../electron/shared';
import { TextField } from '../../components/keyboard/TextField';
import { Segmented } from '../../components/Segmented';
import { ApiFailure } from '../../lib/api';
import { useErrorText, useFieldErrors, useRequired } from '../../lib/error-text';
import { PAIRING_CODE } from './pairing-url';

/** What the form asks the hub: the code as typed, the name trimmed, the purpose chosen. */
export interface PairingRequest {
  code: string;
  name: string;
  purpose: DevicePurpose;
}

/**
 * The code on the number pad, the screen's name on the letter keyboard (with pinyin), its purpose
 * in two large buttons. A refused code empties the code field and brings the pad back on it; the
 * name and the purpose stay as they were.
 */
export function PairingForm(props: {
  initialCode: string;
  pair: (request: PairingRequest) => Promise<unknown>;
  onPaired: () => void;
}) {
  const { initialCode, pair, onPaired } = props;
  const { t } = useTranslation();
  const errorText = useErrorText();
  const fieldErrors = useFieldErrors();
  const required = useRequired();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState<DevicePurpose>('kiosk');
  const [local, setLocal] = useState<Record<string, string>>({});
  // Each refused code mounts the code field afresh, focused, with the number pad up.
  const [tries, setTries] = useState(0);

  const pairing = useMutation({
    mutationFn: () => pair({ code: code.trim(), name: name.trim(), purpose }),
    onSuccess: onPaired,
    onError: (error) => {
      // Another tab paired this screen meanwhile, or it is the hub's own: it needs no code.
      if (error instanceof ApiFailure && error.code === 'pairing_not_needed') return onPaired();
      const wrongCode =
        error instanceof ApiFailure &&
        (error.code === 'pairing_code_wrong' ||
          (error.code === 'invalid_input' && 'code' in fieldErrors(error)));
      if (wrongCode) {
        setCode('');
        setTries((n) => n + 1);
      }
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = required({ code, name });
    if (!errors.code && !PAIRING_CODE.test(code.trim())) errors.code = t('pairing.codeInvalid');
    setLocal(errors);
    if (Object.keys(errors).length === 0) pairing.mutate();
  };

  const failure =
    pairing.isError && !(pairing.error instanceof ApiFailure && pairing.error.code === 'pairing_not_needed');
  const refused = failure ? fieldErrors(pairing.error) : {};
  const codeRefused =
    failure && pairing.error instanceof ApiFailure && pairing.error.code === 'pairing_code_wrong';
  const general =
    failure && !codeRefused && Object.keys(refused).length === 0 ? errorText(pairing.error) : null;

  return (
    <form className="form form-narrow pairing-form" onSubmit={submit} noValidate>
      <TextField
        key={tries}
        label={t('pairing.code')}
        hint={t('pairing.codeHint')}
        kind="digits"
        name="code"
        value={code}
        onChange={setCode}
        maxLength={6}
        error={local.code ?? (codeRefused ? errorText(pairing.error) : refused.code)}
        autoFocus={tries > 0 || initialCode === ''}
      />
      <TextField
        label={t('pairing.name')}
        hint={t('pairing.nameHint')}
        kind="words"
        name="name"
        value={name}
        onChange={setName}
        maxLength={40}
        error={local.name ?? refused.name}
        autoFocus={tries === 0 && initialCode !== ''}
      />
      <div className="field">
        <span className="field-label" aria-hidden="true">
          {t('pairing.purpose')}
        </span>
        <Segmented
          large
          label={t('pairing.purpose')}
          options={[
            { value: 'kiosk', label: t('pairing.purposes.kiosk') },
            { value: 'desk', label: t('pairing.purposes.desk') },
          ]}
          value={purpose}
          onChange={setPurpose}
        />
      </div>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      <button type="submit" className="btn btn-primary btn-large" disabled={pairing.isPending}>
        {pairing.isPending ? t('pairing.pairing') : t('pairing.submit')}
      </button>
    </form>
  );
}
