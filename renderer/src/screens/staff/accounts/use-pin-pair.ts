import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new PIN typed twice; the second must match before anything is sent. */
export function usePinPair() {
  const { t } = useTranslation('errors');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  return {
    pin,
    again,
    setPin,
    setAgain,
    /** Field errors when empty or different, else null. */
    check(): Record<string, string> | null {
      const errors: Record<string, string> = {};
      if (!pin) errors.pin = t('fields.required');
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
