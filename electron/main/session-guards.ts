import { app, type Session } from 'electron';
import type { Logger } from '../core/log';
import { isAppUrl } from './app-url';

/** The kiosk needs no camera, microphone, location, notifications, USB or downloads: all refused. */
export function lockDownSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Permission request refused: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * For every web contents the app ever creates: no new windows, no navigation or redirect off
 * app://kiosk, no <webview>. A link in a book description must not turn the kiosk into a browser.
 */
export function lockDownContents(log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      log.warn(`window.open refused: ${url}`);
      return { action: 'deny' };
    });
    const keepOnApp = (event: { url: string; preventDefault(): void }, what: string) => {
      if (isAppUrl(event.url)) return;
      log.warn(`${what} refused: ${event.url}`);
      event.preventDefault();
    };
    contents.on('will-navigate', (event) => keepOnApp(event, 'Navigation'));
    contents.on('will-frame-navigate', (event) => keepOnApp(event, 'Frame navigation'));
    contents.on('will-redirect', (event) => keepOnApp(event, 'Redirect'));
    contents.on('will-attach-webview', (event) => {
      log.warn('<webview> refused');
      event.preventDefault();
    });
  });
}
