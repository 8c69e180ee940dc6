import { useTranslation } from 'react-i18next';
import type { CopyLabel } from '../../../../../electron/shared/library-office.api';
import { BarcodeSvg } from './BarcodeSvg';

/** Spine or inside-cover labels: the centre, the title, the call number and the Code 128 barcode. */
export function LabelGrid(props: { centreName: string; labels: readonly CopyLabel[] }) {
  const { centreName, labels } = props;
  const { t } = useTranslation('library-desk');
  return (
    <ul className="library-label-grid">
      {labels.map((l) => (
        <li key={l.barcode} className="library-label">
          <p className="library-label-centre">{centreName}</p>
          <p className="library-label-title">{l.title}</p>
          <p className="library-label-call">{l.callNumber ?? l.clc ?? ''}</p>
          <BarcodeSvg value={l.barcode} label={t('labels.barcodeOf', { barcode: l.barcode })} />
          <p className="library-label-code">{l.barcode}</p>
        </li>
      ))}
    </ul>
  );
}
