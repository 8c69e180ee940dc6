import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_PATTERN } from '../../../../electron/shared/roles';

export type PinPair = ReturnType<typeof usePinPair>;

/** A new PIN typed twice; it must follow the PIN rule and match before anything is sent. */
export function usePinPair() {
  const { t } = useTranslation('errors');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  return {
    pin,
    again,
    setPin,
    setAgain,
    /** Field errors when empty, not a PIN or different, else null. */
    check(): Record<string, string> | null {
      const errors: Record<string, string> = {};
      if (!pin) errors.pin = t('fields.required');
      else if (!PIN_PATTERN.test(pin)) errors.pin = t('byField.pin');
      if (!again) errors.pinAgain = t('fields.required');
      else if (pin !== again) errors.pinAgain = t('fields.pinMismatch');
      return Object.keys(errors).length > 0 ? errors : null;
    },
    clear() {
      setPin('');
      setAgain('');
    },
  };
}
