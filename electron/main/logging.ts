import path from 'node:path';
import log from 'electron-log/main';
import type { Logger } from '../core/log';

/** electron-log writing `<dataDir>/logs/main.log` (rotated at 5 MB); core logs through it too. */
export function setupLogging(dataDir: string): Logger {
  log.transports.file.resolvePathFn = () => path.join(dataDir, 'logs', 'main.log');
  log.transports.file.maxSize = 5 * 1024 * 1024;
  // Unattended: an uncaught error is written down, never shown in a dialog over the kiosk.
  log.errorHandler.startCatching({ showDialog: false });
  return {
    info: (message, ...rest) => log.info(message, ...rest),
    warn: (message, ...rest) => log.warn(message, ...rest),
    error: (message, ...rest) => log.error(message, ...rest),
  };
}
