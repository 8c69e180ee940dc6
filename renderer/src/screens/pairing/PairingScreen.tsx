import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayToggles } from '../../components/DisplayToggles';
import { StarMark } from '../../components/icons';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { invoke } from '../../lib/api';
import { devicePaired } from '../../lib/queries';
import { PairingForm, type PairingRequest } from './PairingForm';
import { codeFromUrl, withoutCode } from './pairing-url';
import './pairing.css';

// The HTTP host keeps the device's token in an HttpOnly cookie: the page never holds it.
const pair = (request: PairingRequest) => invoke('devices.pair', request);

function paired(): void {
  window.history.replaceState(window.history.state, '', withoutCode(window.location.href));
  void devicePaired();
}

/**
 * What a screen on the LAN shows until it is paired with the hub (or after it was unpaired): where
 * the code comes from, and the form. The language and display modes can be chosen here already,
 * since the centre's own defaults are not known to an unpaired screen.
 */
export function PairingScreen() {
  const { t } = useTranslation();
  const [initialCode] = useState(() => codeFromUrl(window.location.href));
  return (
    <div className="shell">
      <header className="topbar">
        <div className="topbar-brand">
          <StarMark className="topbar-star" />
        </div>
        <div className="topbar-controls">
          <LanguageSwitch />
          <DisplayToggles />
        </div>
      </header>
      <main id="main" className="shell-main">
        <section className="pairing" aria-labelledby="pairing-title">
          <h1 id="pairing-title">{t('pairing.title')}</h1>
          <p className="lead">{t('pairing.text')}</p>
          <PairingForm initialCode={initialCode} pair={pair} onPaired={paired} />
        </section>
      </main>
    </div>
  );
}
