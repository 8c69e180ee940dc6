import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-url';
import { SHOW_ROUTE, type DisplayFacts } from './show-window';
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

/**
 * The show window on a second display: the same options (the same security), full screen on that
 * display, showing the route the exhibitions declare. Trusted for the `show` purpose only: it
 * reads what visitors may read and writes nothing.
 */
export function createShowWindow(input: WindowOptionsInput, display: DisplayFacts): BrowserWindow {
  const { x, y, width, height } = display.bounds;
  const win = new BrowserWindow({
    ...kioskWindowOptions(input),
    x,
    y,
    width,
    height,
    minWidth: 0,
    minHeight: 0,
  });
  win.removeMenu();
  win.once('ready-to-show', () => {
    win.setFullScreen(true);
    win.showInactive();
  });
  void win.webContents.setVisualZoomLevelLimits(1, 1);
  void win.loadURL(`${APP_START_URL}${SHOW_ROUTE}`);
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
