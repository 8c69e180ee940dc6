// The Node flavour: electron-log's main-process flavour listens on IPC (`__ELECTRON_LOG__`) for
// any renderer's lines, with no check of the sender. The kiosk's renderer reports its errors
// through the API (`diagnostics.logError`, rate- and size-capped), so the main process needs
// only the file transport and the error handler, which the Node flavour has.
import log from 'electron-log/node';
import { boundedLogger, type Logger } from '../core/log';
import { configureLogFile } from './log-file';

/** electron-log writing `<dataDir>/logs/main.log` (rotated, capped: log-file.ts); core logs through it too. */
export function setupLogging(dataDir: string): Logger {
  configureLogFile(log.transports.file, dataDir);
  // Unattended: an uncaught error is written down, never shown in a dialog over the kiosk.
  log.errorHandler.startCatching({ showDialog: false });
  return boundedLogger({
    info: (message, ...rest) => log.info(message, ...rest),
    warn: (message, ...rest) => log.warn(message, ...rest),
    error: (message, ...rest) => log.error(message, ...rest),
  });
}
