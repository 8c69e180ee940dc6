import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/paths';

export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  demo: boolean;
  adminPin: string | undefined;
  /** Names the host answers to besides its addresses, e.g. `hongyi-hub.lan` (`--name`, repeatable). */
  names: string[];
}

export const DEFAULT_PORT = 8170;
const HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]{0,62})(\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}))*$/;

/** `[--port N] [--data DIR] [--no-demo] [--admin-pin PIN] [--host H] [--name N]…`, with env fallbacks. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'no-demo': { type: 'boolean', default: false },
      'admin-pin': { type: 'string' },
      name: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const rawPort = values.port ?? (env.HONGYI_PORT || String(DEFAULT_PORT));
  // Number('') is 0 and Number('1e3') is 1000: only plain digits are a port.
  const port = /^\d{1,5}$/.test(rawPort) ? Number(rawPort) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0 to 65535, not ${rawPort}`);
  // An empty variable is an unset one (the e2e harness clears HONGYI_ADMIN_PIN that way).
  const adminPin = values['admin-pin'] ?? (env.HONGYI_ADMIN_PIN || undefined);
  if (adminPin !== undefined && !/^\d{4,12}$/.test(adminPin))
    throw new Error('--admin-pin must be 4 to 12 digits');
  const names =
    values.name ?? (env.HONGYI_HOST_NAMES ? env.HONGYI_HOST_NAMES.split(',').map((n) => n.trim()) : []);
  for (const name of names)
    if (!HOST_NAME.test(name)) throw new Error(`--name must be a host name, not ${name}`);
  return {
    port,
    host: values.host ?? '127.0.0.1',
    dataDir: values.data
      ? path.resolve(values.data)
      : env.HONGYI_DATA_DIR
        ? path.resolve(env.HONGYI_DATA_DIR)
        : defaultDataDir(),
    demo: !values['no-demo'],
    adminPin,
    names,
  };
}
