import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/keyboard/TextField';
import { ScanIcon } from '../library-icons';

/** Card numbers and barcodes are at most 40 characters (the API's limit). */
const CODE_MAX = 40;

/**
 * One field for a barcode scanner (it types fast and presses Enter, which submits) or the
 * on-screen keyboard. After each scan the field is empty and ready for the next.
 */
export function ScanForm(props: {
  label: string;
  hint: string;
  submit: string;
  onScan: (code: string) => void;
}) {
  const { label, hint, submit, onScan } = props;
  const { t } = useTranslation('library');
  const form = useRef<HTMLFormElement>(null);
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);

  const send = (e: FormEvent) => {
    e.preventDefault();
    const code = value.trim();
    setEmpty(code === '');
    if (!code) return;
    onScan(code);
    setValue('');
    form.current?.querySelector('input')?.focus();
  };

  return (
    <form ref={form} className="scan-form" onSubmit={send} noValidate>
      <TextField
        label={label}
        kind="code"
        hint={hint}
        value={value}
        onChange={setValue}
        maxLength={CODE_MAX}
        autoFocus
        error={empty ? t('selfService.emptyCode') : null}
      />
      <button type="submit" className="btn btn-primary btn-huge">
        <ScanIcon />
        {submit}
      </button>
    </form>
  );
}
