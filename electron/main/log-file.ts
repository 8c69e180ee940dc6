import path from 'node:path';

/** One log file's cap: when it passes this it becomes `main.old.log` (replacing the one before). */
export const LOG_FILE_MAX_BYTES = 5 * 1024 * 1024;

/** What of electron-log's file transport this sets (its main and node transports alike). */
export interface FileTransport {
  resolvePathFn: (...args: never[]) => string;
  maxSize: number;
}

/**
 * `<dataDir>/logs/main.log`, rotated at `maxBytes` into `main.old.log`: the logs never take more
 * than twice that, plus one entry (entries are capped by `boundedLogger`).
 */
export function configureLogFile(file: FileTransport, dataDir: string, maxBytes = LOG_FILE_MAX_BYTES): void {
  file.resolvePathFn = () => path.join(dataDir, 'logs', 'main.log');
  file.maxSize = maxBytes;
}
