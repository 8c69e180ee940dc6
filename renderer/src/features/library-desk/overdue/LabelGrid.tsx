import { useTranslation } from 'react-i18next';
import type { CopyLabel } from '../../../../../electron/shared/library-office.api';
import { BarcodeSvg } from './BarcodeSvg';

/** Spine or inside-cover labels: the centre, the title, the call number and the Code 128 barcode. */
export function LabelGrid(props: { centreName: string; labels: readonly CopyLabel[] }) {
  const { centreName, labels } = props;
  const { t } = useTranslation('library-desk');
  return (
    <ul className="label-grid">
      {labels.map((l) => (
        <li key={l.barcode} className="label">
          <p className="label-centre">{centreName}</p>
          <p className="label-title">{l.title}</p>
          <p className="label-call">{l.callNumber ?? l.clc ?? ''}</p>
          <BarcodeSvg value={l.barcode} label={t('labels.barcodeOf', { barcode: l.barcode })} />
          <p className="label-code">{l.barcode}</p>
        </li>
      ))}
    </ul>
  );
}
