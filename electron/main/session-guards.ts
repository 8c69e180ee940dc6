import path from 'node:path';
import { app, type Session } from 'electron';
import type { Logger } from '../core/log';
import { isAppBlobUrl, isAppUrl } from './app-url';

/**
 * The kiosk needs no camera, microphone, location, notifications or USB: all refused. The one
 * download is an export the staff desk made (a blob: URL of the app itself): it is saved where
 * staff choose in the system's save dialog, which opens on the documents folder. Any other
 * download is refused.
 */
export function lockDownSession(session: Session, log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`Permission request refused: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    const url = item.getURL();
    if (!isAppBlobUrl(url)) {
      log.warn(`Download refused: ${url}`);
      event.preventDefault();
      return;
    }
    const name = path.basename(item.getFilename());
    item.setSaveDialogOptions({ defaultPath: path.join(app.getPath('documents'), name) });
    item.once('done', (_done, state) => log.info(`Export ${name}: ${state}`));
  });
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
