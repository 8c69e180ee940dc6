import { useCallback, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { TextField } from '../../../components/keyboard/TextField';

export interface ScanFieldHandle {
  focus(): void;
}

/**
 * The field a USB barcode scanner types into (fast, then Enter), or a finger on the on-screen keyboard
 * (then the button). It empties and keeps the focus after every scan, so the scanner can go on: the
 * field is never disabled while an answer is on its way, or a quick second scan would be lost.
 */
export function ScanField(props: {
  label: string;
  submitLabel: string;
  onScan: (code: string) => void;
  hint?: string;
  autoFocus?: boolean;
  name?: string;
  ref?: Ref<ScanFieldHandle>;
}) {
  const { label, submitLabel, onScan, hint, autoFocus, name, ref } = props;
  const [value, setValue] = useState('');
  const box = useRef<HTMLDivElement>(null);
  const focus = useCallback(() => box.current?.querySelector('input')?.focus(), []);
  useImperativeHandle(ref, () => ({ focus }), [focus]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = value.trim();
    setValue('');
    focus();
    if (code !== '') onScan(code);
  };

  return (
    <form className="scan-form" onSubmit={submit} noValidate>
      <div ref={box} className="scan-input">
        <TextField
          label={label}
          kind="code"
          hint={hint}
          value={value}
          onChange={setValue}
          maxLength={40}
          name={name}
          autoFocus={autoFocus}
        />
      </div>
      {/* A tap on the button must not take the focus from the field the scanner types into. */}
      <button type="submit" className="btn btn-primary btn-large" onMouseDown={(e) => e.preventDefault()}>
        {submitLabel}
      </button>
    </form>
  );
}
