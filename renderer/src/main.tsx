// The shell's styles first, so a screen's own stylesheet wins over them at equal specificity.
import './styles/theme.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { calmMotionWithoutAcceleration } from './app/graphics';
import { installTouchGuards } from './app/touch-guards';
import { STAFF_NAMESPACES } from './features/registry';
import { initI18n, SHELL_STAFF_NAMESPACES } from './i18n/i18n';
import { DEFAULT_LANGUAGE } from './i18n/languages';
import { kioskInfoQuery, queryClient } from './lib/queries';

async function start(): Promise<void> {
  installTouchGuards();
  // The centre's default language decides the first paint; without an answer, Simplified Chinese.
  const info = await queryClient.fetchQuery(kioskInfoQuery).catch(() => null);
  await initI18n(info?.defaultLanguage ?? DEFAULT_LANGUAGE, [...SHELL_STAFF_NAMESPACES, ...STAFF_NAMESPACES]);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  calmMotionWithoutAcceleration();
}

void start();
