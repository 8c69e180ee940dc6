import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LendPanel } from './desk/LendPanel';
import { RenewPanel } from './desk/RenewPanel';
import { ReturnPanel } from './desk/ReturnPanel';
import { Segmented } from '../../components/Segmented';
import './shared/shared.css';
import './desk/desk.css';

type Mode = 'lend' | 'return' | 'renew';

/** The circulation desk: lend, return, renew, with a barcode scanner or the on-screen keyboard. */
export function Component() {
  const { t } = useTranslation('library-desk');
  const [mode, setMode] = useState<Mode>('lend');
  return (
    <section className="library-desk" aria-labelledby="desk-title">
      <div className="section-head">
        <h1 id="desk-title">{t('sections.desk')}</h1>
        <Segmented<Mode>
          label={t('desk.mode')}
          value={mode}
          onChange={setMode}
          large
          options={[
            { value: 'lend', label: t('desk.lend') },
            { value: 'return', label: t('desk.return') },
            { value: 'renew', label: t('desk.renew') },
          ]}
        />
      </div>
      {mode === 'lend' && <LendPanel />}
      {mode === 'return' && <ReturnPanel />}
      {mode === 'renew' && <RenewPanel />}
    </section>
  );
}
