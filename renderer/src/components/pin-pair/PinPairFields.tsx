import { TextField } from '../keyboard/TextField';
import type { PinPair } from './use-pin-pair';

/** A new PIN and the same again, each on the PIN pad: the pair `usePinPair` checks. */
export function PinPairFields(props: {
  pins: PinPair;
  label: string;
  againLabel: string;
  hint: string;
  errors: { pin?: string | null; pinAgain?: string | null };
  autoFocus?: boolean;
}) {
  const { pins, label, againLabel, hint, errors, autoFocus } = props;
  return (
    <>
      <TextField
        label={label}
        hint={hint}
        value={pins.pin}
        onChange={pins.setPin}
        maxLength={12}
        kind="pin"
        error={errors.pin}
        autoFocus={autoFocus}
      />
      <TextField
        label={againLabel}
        value={pins.again}
        onChange={pins.setAgain}
        maxLength={12}
        kind="pin"
        error={errors.pinAgain}
      />
    </>
  );
}
