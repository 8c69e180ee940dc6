import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '../../../components/Segmented';
import { RenewByBorrower } from './RenewByBorrower';
import { RenewByCopy } from './RenewByCopy';

type Way = 'borrower' | 'copy';

export function RenewPanel() {
  const { t } = useTranslation('library-desk');
  const [way, setWay] = useState<Way>('borrower');
  return (
    <div className="library-desk-step">
      <Segmented<Way>
        label={t('desk.renewWay')}
        value={way}
        onChange={setWay}
        options={[
          { value: 'borrower', label: t('desk.renewByBorrower') },
          { value: 'copy', label: t('desk.renewByCopy') },
        ]}
      />
      {way === 'borrower' ? <RenewByBorrower /> : <RenewByCopy />}
    </div>
  );
}
