import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { TextField } from '../components/keyboard/TextField';
import { invoke } from '../lib/api';
import { useErrorText, useRequired } from '../lib/error-text';

const TAPS = 5;
const WINDOW_MS = 3000;

/**
 * The hidden way out of kiosk mode: five taps within three seconds in the top-left corner, then an
 * admin's staff number and PIN. The corner is not announced: it is for the centre's admin only.
 */
export function AdminExit({ canExit }: { canExit: boolean }) {
  const taps = useRef<number[]>([]);
  const [open, setOpen] = useState(false);
  const onTap = () => {
    const now = Date.now();
    taps.current = [...taps.current.filter((at) => now - at < WINDOW_MS), now];
    if (taps.current.length >= TAPS) {
      taps.current = [];
      setOpen(true);
    }
  };
  return (
    <>
      <div className="exit-corner" aria-hidden="true" onPointerDown={onTap} />
      {open && <ExitDialog canExit={canExit} onClose={() => setOpen(false)} />}
    </>
  );
}

function ExitDialog({ canExit, onClose }: { canExit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const required = useRequired();
  const id = useId();
  const [staffNo, setStaffNo] = useState('');
  const [pin, setPin] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const exit = useMutation({ mutationFn: () => invoke('kiosk.exit', { staffNo: staffNo.trim(), pin }) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const empty = required({ staffNo, pin });
    setMissing(empty);
    if (Object.keys(empty).length === 0) exit.mutate();
  };

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-text`} onClose={onClose}>
      <h2 id={`${id}-title`} className="dialog-title">
        {t('exit.title')}
      </h2>
      {!canExit ? (
        <p id={`${id}-text`} className="dialog-text">
          {t('exit.notKiosk')}
        </p>
      ) : exit.isSuccess ? (
        <p id={`${id}-text`} className="dialog-text" role="status">
          {t('exit.leaving')}
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p id={`${id}-text`} className="dialog-text">
            {t('exit.text')}
          </p>
          <TextField
            label={t('exit.staffNo')}
            kind="code"
            value={staffNo}
            onChange={setStaffNo}
            maxLength={32}
            error={missing.staffNo}
            autoFocus
          />
          <TextField
            label={t('exit.pin')}
            value={pin}
            onChange={setPin}
            maxLength={12}
            kind="pin"
            error={missing.pin}
          />
          {exit.isError && (
            <p className="form-error" role="alert">
              {errorText(exit.error)}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="btn btn-primary" disabled={exit.isPending}>
              {t('exit.submit')}
            </button>
            <button type="button" className="btn btn-secondary" onClick={onClose}>
              {t('actions.cancel')}
            </button>
          </div>
        </form>
      )}
      {!canExit && (
        <div className="dialog-actions">
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('actions.close')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
