import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowOptionsInput {
  /** Absolute path of dist/electron/preload.cjs. */
  preload: string;
  /** `app.isPackaged`: DevTools exist only in development builds. */
  packaged: boolean;
  kiosk: boolean;
}

/**
 * The one set of options every Hongyi window is made with (the Electron security checklist).
 * Kept free of runtime Electron imports so a unit test can check it.
 */
export function kioskWindowOptions({
  preload,
  packaged,
  kiosk,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'Hongyi 红驿',
    width: 1920,
    height: 1080,
    minWidth: 800,
    minHeight: 600,
    // Shown on ready-to-show, so a visitor never sees an empty white frame.
    show: false,
    backgroundColor: '#9f1d20',
    kiosk,
    fullscreen: kiosk,
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !packaged,
      // The attract screen and exhibitions play muted loops without a touch first.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}
