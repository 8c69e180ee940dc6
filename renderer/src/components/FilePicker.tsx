import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './file-picker.css';

/** The table files every import takes (CSV or XLSX, see the platform's table engine). */
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A big button that opens the file chooser for a table file (or what `accept` names; staff desks
 * have a mouse), and a place to drop one.
 */
export function FilePicker(props: { onFile: (file: File) => void; disabled?: boolean; accept?: string }) {
  const { onFile, disabled, accept = ACCEPT } = props;
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <input
        id={id}
        type="file"
        className="visually-hidden file-input"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className="btn btn-primary btn-huge file-button">
        {t('filePicker.pick')}
      </label>
      <p className="muted">{t('filePicker.dropHint')}</p>
    </div>
  );
}
