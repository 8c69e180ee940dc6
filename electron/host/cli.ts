import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { Core, consoleLogger } from '../core';
import type { ShellHooks } from '../core/context';
import { LOOPBACK_NAMES } from './host-names';
import { parseServeArgs, type ServeOptions } from './options';
import { startHost, type RunningHost } from './server';
import { hubCertificate, type HubCertificate } from './tls';

/** dist/electron/host.js → dist/renderer */
export const RENDERER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

/**
 * LAN mode (`--host` other than loopback) is HTTPS only: the PIN and the cookies never cross the
 * network in the clear. The certificate names every address and name the hub may be opened by.
 */
function lanCertificate(options: ServeOptions): HubCertificate | undefined {
  if (LOOPBACK_NAMES.has(options.host)) return undefined;
  const machine = os.hostname().toLowerCase();
  const addresses = Object.values(os.networkInterfaces())
    .flat()
    .flatMap((i) => (i ? [i.address] : []));
  return hubCertificate(path.join(options.dataDir, 'tls'), [
    ...(options.host === '0.0.0.0' || options.host === '::' ? addresses : [options.host]),
    ...LOOPBACK_NAMES,
    machine,
    `${machine}.local`,
    ...options.names,
  ]);
}

export async function serve(
  options: ServeOptions,
  shell: ShellHooks = {},
): Promise<{ core: Core; host: RunningHost; tls: HubCertificate | undefined }> {
  const core = await Core.open({
    dataDir: options.dataDir,
    demo: options.demo,
    adminPin: options.adminPin,
    shell,
    log: consoleLogger,
  });
  core.startMaintenance();
  const tls = lanCertificate(options);
  const host = await startHost({
    ...(tls ? { tls } : {}),
    core,
    staticDir: RENDERER_DIR,
    host: options.host,
    port: options.port,
    names: options.names,
    log: consoleLogger,
  });
  if (host.lan) shell.lan = host.lan;
  const stop = () => {
    void host.close().then(() => {
      core.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return { core, host, tls };
}

/** What a start prints: where the data is, where the hub listens, and what screens will be shown. */
export function announce(options: ServeOptions, core: Core, host: RunningHost): void {
  if (core.recovery)
    console.error(
      `The database is ${core.recovery}; open the kiosk and sign in as admin to restore a backup.`,
    );
  if (core.readOnly) console.error('The data folder cannot be written: reading only, nothing is saved.');
  const lines = [`Data folder: ${options.dataDir}`, `Listening on ${host.url}`];
  if (host.lan)
    lines.push(
      `Screens on the LAN open: ${host.lan.urls.join('  ')}`,
      `Certificate SHA-256 fingerprint: ${host.lan.fingerprint}`,
    );
  // One write, so whoever reads the address has the fingerprint in the same chunk.
  console.log(lines.join('\n'));
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
  announce(options, core, host);
}
