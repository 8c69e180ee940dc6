import { inspect } from 'node:util';

/** The shells hand core their logger (electron-log in Electron, the console in the host). */
export interface Logger {
  info(message: string, ...rest: unknown[]): void;
  warn(message: string, ...rest: unknown[]): void;
  error(message: string, ...rest: unknown[]): void;
}

export const consoleLogger: Logger = {
  info: (m, ...r) => console.log(m, ...r),
  warn: (m, ...r) => console.warn(m, ...r),
  error: (m, ...r) => console.error(m, ...r),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** The longest log entry written: a report or an error object cannot make one line fill the disk. */
export const MAX_ENTRY_CHARS = 8000;

const text = (v: unknown): string =>
  v instanceof Error
    ? (v.stack ?? String(v))
    : typeof v === 'string'
      ? v
      : inspect(v, { depth: 4, breakLength: Infinity });

/** A logger whose entries are cut at `maxChars`; shorter entries pass as they are (errors keep their form). */
export function boundedLogger(inner: Logger, maxChars = MAX_ENTRY_CHARS): Logger {
  const bounded =
    (level: keyof Logger) =>
    (message: string, ...rest: unknown[]) => {
      const whole = [message, ...rest.map(text)].join(' ');
      if (whole.length <= maxChars) return inner[level](message, ...rest);
      inner[level](`${whole.slice(0, maxChars)} … (${whole.length - maxChars} more characters)`);
    };
  return { info: bounded('info'), warn: bounded('warn'), error: bounded('error') };
}
