import {
  useCallback,
  useImperativeHandle,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { TextField } from './keyboard/TextField';
import './scan-field.css';

export interface ScanFieldHandle {
  focus(): void;
}

/** Card numbers and barcodes are at most 40 characters (the API's limit). */
const CODE_MAX = 40;

/**
 * The field a USB barcode scanner types into (fast, then Enter), or a finger on the on-screen keyboard
 * (then the button). It empties and keeps the focus after every scan, so the scanner can go on: the
 * field is never disabled while an answer is on its way, or a quick second scan would be lost.
 * `huge`: the visitors' size at the kiosk, where the button carries an icon too.
 */
export function ScanField(props: {
  label: string;
  submitLabel: string;
  onScan: (code: string) => void;
  hint?: string;
  autoFocus?: boolean;
  name?: string;
  /** Said under the field when the button is pressed with nothing in it (else that is ignored). */
  emptyError?: string;
  huge?: boolean;
  icon?: ReactNode;
  ref?: Ref<ScanFieldHandle>;
}) {
  const { label, submitLabel, onScan, hint, autoFocus, name, emptyError, huge, icon, ref } = props;
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const focus = useCallback(() => box.current?.querySelector('input')?.focus(), []);
  useImperativeHandle(ref, () => ({ focus }), [focus]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = value.trim();
    setValue('');
    setEmpty(code === '');
    focus();
    if (code !== '') onScan(code);
  };

  return (
    <form className={huge ? 'scan-field scan-field-huge' : 'scan-field'} onSubmit={submit} noValidate>
      <div ref={box} className="scan-field-input">
        <TextField
          label={label}
          kind="code"
          hint={hint}
          value={value}
          onChange={setValue}
          maxLength={CODE_MAX}
          name={name}
          autoFocus={autoFocus}
          error={empty && emptyError ? emptyError : null}
        />
      </div>
      {/* A tap on the button must not take the focus from the field the scanner types into. */}
      <button
        type="submit"
        className={huge ? 'btn btn-primary btn-huge' : 'btn btn-primary btn-large'}
        onMouseDown={(e) => e.preventDefault()}
      >
        {icon}
        {submitLabel}
      </button>
    </form>
  );
}
