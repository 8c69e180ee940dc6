import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyboard, type FieldHandle } from './keyboard-context';
import { deleteBackward, fitValue, insertText, accepted, type EditState, type FieldKind } from './text-edit';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /**
   * What the field takes (see {@link FieldKind}): `words` and `code` are typed on the letter keys,
   * in pinyin or letters as a Chinese screen expects; `digits` on the number pad, `pin` masked.
   */
  kind: FieldKind;
  error?: string | null;
  hint?: string;
  name?: string;
  autoFocus?: boolean;
  required?: boolean;
}

function stateOf(input: HTMLInputElement): EditState {
  const end = input.value.length;
  return { value: input.value, start: input.selectionStart ?? end, end: input.selectionEnd ?? end };
}

/** Moves to the next field of the same form, like Tab, or lets go of the keyboard after the last one. */
function focusNext(input: HTMLInputElement): void {
  const fields = input.form
    ? [...input.form.querySelectorAll<HTMLInputElement>('input[data-kiosk-field]')]
    : [];
  const next = fields[fields.indexOf(input) + 1];
  if (next) next.focus();
  else input.blur();
}

/**
 * The one text field of the kiosk. Focus opens the on-screen keyboard (`inputmode="none"` keeps the
 * system's away); a physical keyboard or a barcode scanner (fast typing, then Enter submits the
 * form) works as usual. Input over `maxLength` is cut, with a visible note instead of silence.
 */
export function TextField(props: TextFieldProps) {
  const { label, value, maxLength, kind, error, hint, name, autoFocus, required } = props;
  const { t } = useTranslation('keyboard');
  const keyboard = useKeyboard();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const latest = useRef(props);
  const [truncated, setCut] = useState(false);
  const cut = truncated && value.length > 0;

  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    const el = input.current;
    if (caret.current === null || !el || document.activeElement !== el) return;
    el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value]);

  const handle = useMemo<FieldHandle>(() => {
    const apply = (next: EditState & { truncated?: boolean }) => {
      caret.current = next.start;
      setCut(next.truncated === true);
      latest.current.onChange(next.value);
    };
    return {
      id,
      get label() {
        return latest.current.label;
      },
      kind,
      layout: kind === 'words' || kind === 'code' ? 'text' : 'digits',
      insert: (text) => {
        const el = input.current;
        if (el) apply(insertText(stateOf(el), accepted(kind, text), latest.current.maxLength));
      },
      backspace: () => {
        const el = input.current;
        if (el) apply(deleteBackward(stateOf(el)));
      },
      clear: () => {
        apply({ value: '', start: 0, end: 0 });
      },
      done: () => {
        if (input.current) focusNext(input.current);
      },
      hasFocus: () => input.current !== null && document.activeElement === input.current,
    };
  }, [id, kind]);

  const { release } = keyboard;
  useEffect(() => release, [release]);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const fitted = fitValue(kind, e.target.value, maxLength);
    setCut(fitted.truncated);
    caret.current = Math.min(e.target.selectionStart ?? fitted.value.length, fitted.value.length);
    props.onChange(fitted.value);
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  const describedBy = [error ? errorId : null, hint ? hintId : null, cut ? noteId : null]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={name}
        className={`field-input field-${kind}`}
        type={kind === 'pin' ? 'password' : 'text'}
        inputMode="none"
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        autoFocus={autoFocus}
        required={required}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-kiosk-field=""
        onChange={onChange}
        onFocus={() => keyboard.open(handle)}
        onBlur={release}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {cut && (
        <p id={noteId} className="field-note" role="status">
          {t('truncated', { max: maxLength })}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
