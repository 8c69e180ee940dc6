import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/keyboard/TextField';

/** Sending a submission back: the reason, which the author will read, is required. */
export function ReturnDialog(props: {
  title: string;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { title, busy, error, onConfirm, onCancel } = props;
  const { t } = useTranslation('publishing');
  const { t: common } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(reason.trim() === '');
    if (reason.trim() !== '') onConfirm(reason);
  };
  return (
    <Dialog labelledBy={`${id}-title`} onClose={busy ? undefined : onCancel}>
      <h2 id={`${id}-title`} className="dialog-title">
        {t('review.returnTitle', { title })}
      </h2>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('review.reason')}
          kind="words"
          value={reason}
          onChange={setReason}
          maxLength={400}
          error={missing ? t('review.reasonRequired') : null}
          autoFocus
        />
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-danger" disabled={busy}>
            {t('review.confirmReturn')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
            {common('actions.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
