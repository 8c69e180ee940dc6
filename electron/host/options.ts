import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/paths';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  adminPin: string | undefined;
}

export const DEFAULT_PORT = 8170;

/** `[--port N] [--data DIR] [--no-demo] [--admin-pin PIN] [--host H]`, with env fallbacks. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      'admin-pin': { type: 'string' },
    },
    strict: true,
  });
  const port = Number(values.port ?? env.HONGYI_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0 to 65535, not ${values.port}`);
  const adminPin = values['admin-pin'] ?? env.HONGYI_ADMIN_PIN;
  if (adminPin !== undefined && !/^\d{4,12}$/.test(adminPin))
    throw new Error('--admin-pin must be 4 to 12 digits');
  return {
    port,
    host: values.host ?? '127.0.0.1',
    dataDir: values.data ? path.resolve(values.data) : defaultDataDir(),
    demo: !values['no-demo'],
    adminPin,
  };
}
