import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { TextField } from '../../../components/keyboard/TextField';
import { Segmented } from '../../../components/Segmented';
import { SERIES_SCOPES, type SeriesScope } from '../../../../../electron/shared/venues.types';

/**
 * Asks why (a request declined, a booking cancelled): the visitor is shown the reason. For a date
 * of a repeating booking (`series`) it also asks which dates: this one, the later ones too, or all.
 */
export function ReasonDialog(props: {
  title: string;
  confirm: string;
  busy: boolean;
  failure: string | null;
  series?: boolean;
  onConfirm: (reason: string, scope: SeriesScope) => void;
  onClose: () => void;
}) {
  const { title, confirm, busy, failure, series = false, onConfirm, onClose } = props;
  const { t } = useTranslation('venues');
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<SeriesScope>('one');
  const [empty, setEmpty] = useState(false);
  return (
    <Dialog labelledBy="venues-reason-title" onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim() === '') setEmpty(true);
          else if (!busy) onConfirm(reason.trim(), scope);
        }}
      >
        <h2 id="venues-reason-title" className="dialog-title">
          {title}
        </h2>
        {series && (
          <Segmented<SeriesScope>
            label={t('desk.scope.legend')}
            options={SERIES_SCOPES.map((s) => ({ value: s, label: t(`desk.scope.${s}`) }))}
            value={scope}
            onChange={setScope}
          />
        )}
        <TextField
          label={t('desk.reason')}
          hint={t('desk.reasonHint')}
          kind="words"
          maxLength={200}
          value={reason}
          onChange={setReason}
          error={empty ? t('form.required') : null}
          autoFocus
        />
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="btn btn-danger" disabled={busy}>
            {confirm}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('desk.back')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
