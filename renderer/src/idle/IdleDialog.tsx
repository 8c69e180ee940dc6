import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export function IdleDialog({ seconds, onContinue }: { seconds: number; onContinue: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <Dialog
      role="alertdialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-text`}
      initialFocus={button}
      onClose={onContinue}
      className="idle-dialog"
      overKeyboard
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {t('idle.title')}
      </h2>
      <p className="idle-seconds" aria-hidden="true">
        {seconds}
      </p>
      <p id={`${id}-text`} className="dialog-text">
        {t('idle.text', { seconds })}
      </p>
      <div className="dialog-actions">
        <button ref={button} type="button" className="btn btn-primary btn-huge" onClick={onContinue}>
          {t('idle.continue')}
        </button>
      </div>
    </Dialog>
  );
}
