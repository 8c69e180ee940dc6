import { describe, expect, it } from 'vitest';
import { kioskWindowOptions } from './window-options';

const preload = '/opt/hongyi/resources/app.asar/dist/electron/preload.cjs';

describe('kioskWindowOptions', () => {
  it('locks the page down whatever the mode', () => {
    for (const packaged of [true, false]) {
      for (const kiosk of [true, false]) {
        const web = kioskWindowOptions({ preload, packaged, kiosk }).webPreferences;
        expect(web).toMatchObject({
          preload,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          nodeIntegrationInSubFrames: false,
          webviewTag: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
        });
      }
    }
  });

  it('has DevTools only in a development build', () => {
    expect(kioskWindowOptions({ preload, packaged: true, kiosk: true }).webPreferences?.devTools).toBe(false);
    expect(kioskWindowOptions({ preload, packaged: false, kiosk: true }).webPreferences?.devTools).toBe(true);
  });

  it('is a full-screen kiosk without a menu bar, shown only once painted', () => {
    const options = kioskWindowOptions({ preload, packaged: true, kiosk: true });
    expect(options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true, show: false });
  });

  it('is an ordinary window when kiosk mode is off', () => {
    const options = kioskWindowOptions({ preload, packaged: false, kiosk: false });
    expect(options).toMatchObject({ kiosk: false, fullscreen: false });
  });
});
