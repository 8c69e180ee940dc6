import path from 'node:path';
import { parseArgs } from 'node:util';

export interface MainOptions {
  /** From `--data` or HONGYI_DATA_DIR; undefined means Electron's appData/Hongyi. */
  dataDir: string | undefined;
  demo: boolean;
  adminPin: string | undefined;
  /** HONGYI_WINDOWED=1: an ordinary window for development, not the kiosk. */
  kiosk: boolean;
}

/**
 * Reads the kiosk's own switches from the whole command line. Not strict: Chromium's and
 * Playwright's switches (`--remote-debugging-port`, `--no-sandbox`, ...) share process.argv.
 */
export function parseMainArgs(argv: readonly string[], env: NodeJS.ProcessEnv): MainOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      data: { type: 'string' },
      'no-demo': { type: 'boolean' },
      'admin-pin': { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const data = typeof values.data === 'string' && values.data !== '' ? values.data : env.HONGYI_DATA_DIR;
  const pinArg = values['admin-pin'];
  const adminPin = (typeof pinArg === 'string' ? pinArg : undefined) ?? (env.HONGYI_ADMIN_PIN || undefined);
  if (adminPin !== undefined && !/^\d{4,12}$/.test(adminPin)) {
    throw new Error('--admin-pin must be 4 to 12 digits');
  }
  return {
    dataDir: data ? path.resolve(data) : undefined,
    demo: values['no-demo'] !== true,
    adminPin,
    kiosk: env.HONGYI_WINDOWED !== '1',
  };
}
