import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairedDevice } from '../../../../../electron/shared';
import { Dialog } from '../../../components/Dialog';

/** The one question before a screen is unpaired: it drops at once and needs a new code to come back. */
export function RevokeDialog(props: {
  device: PairedDevice;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { device, busy, error, onConfirm, onCancel } = props;
  const { t } = useTranslation('staff');
  const { t: common } = useTranslation();
  const id = useId();
  return (
    <Dialog
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      onClose={busy ? undefined : onCancel}
      overKeyboard
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {t('devices.revokeTitle', { name: device.name })}
      </h2>
      <p id={`${id}-text`} className="dialog-text">
        {t('devices.revokeText')}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-danger" onClick={onConfirm} disabled={busy}>
          {t('devices.revoke')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          {common('actions.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
