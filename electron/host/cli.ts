import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Core, consoleLogger } from '../core';
import type { ShellHooks } from '../core/context';
import { parseServeArgs, type ServeOptions } from './options';
import { startHost, type RunningHost } from './server';

/** dist/electron/host.js → dist/renderer */
export const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

export async function serve(
  options: ServeOptions,
  shell: ShellHooks = {},
): Promise<{ core: Core; host: RunningHost }> {
  const core = await Core.open({
    dataDir: options.dataDir,
    demo: options.demo,
    adminPin: options.adminPin,
    shell,
    log: consoleLogger,
  });
  core.startMaintenance();
  const host = await startHost({
    core,
    staticDir: RENDERER_DIR,
    host: options.host,
    port: options.port,
    names: options.names,
    log: consoleLogger,
  });
  const stop = () => {
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { core, host };
}

/** Entry of `npm run serve`. */
export async function main(argv: string[]): Promise<void> {
  let options: ServeOptions;
  try {
    options = parseServeArgs(argv);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  }
  const { core, host } = await serve(options);
  if (core.recovery)
    console.error(
      `The database is ${core.recovery}; open the kiosk and sign in as admin to restore a backup.`,
    );
  if (core.readOnly) console.error('The data folder cannot be written: reading only, nothing is saved.');
  console.log(`Data folder: ${options.dataDir}`);
  console.log(`Listening on ${host.url}`);
}
