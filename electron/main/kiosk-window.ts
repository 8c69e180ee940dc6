import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-url';
import { kioskWindowOptions, type WindowOptionsInput } from './window-options';

/**
 * The one window factory. Navigation, new windows, webviews and permissions are refused app-wide
 * (session-guards.ts), so every window made here or anywhere else is covered.
 */
export function createKioskWindow(input: WindowOptionsInput): BrowserWindow {
  const win = new BrowserWindow(kioskWindowOptions(input));
  win.removeMenu();
  win.once('ready-to-show', () => win.show());
  // No pinch zoom on the page: gestures belong to the gallery and the 3D tour.
  void win.webContents.setVisualZoomLevelLimits(1, 1);
  void win.loadURL(APP_START_URL);
  return win;
}

/** The hidden admin exit: an ordinary window the admin can move and close. */
export function leaveKiosk(win: BrowserWindow): void {
  win.setKiosk(false);
  win.setFullScreen(false);
  win.setAutoHideMenuBar(false);
  win.setSize(1280, 800);
  win.center();
  win.show();
  win.focus();
}
