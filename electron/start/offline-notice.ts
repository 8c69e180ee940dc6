export type ElectronFailure =
  | { kind: 'no-package' }
  | { kind: 'override-empty'; path: string }
  | { kind: 'download-failed'; path: string; detail: string }
  | { kind: 'download-timeout'; path: string; seconds: number }
  | { kind: 'launch-failed'; path: string; detail: string };

export interface ElectronTarget {
  version: string;
  platform: NodeJS.Platform;
  arch: string;
}

/** A mirror in mainland China that carries every Electron release under the same file names. */
export const DOMESTIC_MIRROR = 'https://npmmirror.com/mirrors/electron/';

function whatHappened(failure: ElectronFailure, version: string): string {
  switch (failure.kind) {
    case 'no-package':
      return 'the electron package is not installed in node_modules';
    case 'override-empty':
      return `ELECTRON_OVERRIDE_DIST_PATH is set, but there is no Electron executable at ${failure.path}`;
    case 'download-failed':
      return `the Electron ${version} binary is not in node_modules/electron/dist and downloading it failed (${failure.detail})`;
    case 'download-timeout':
      return `the Electron ${version} binary is not in node_modules/electron/dist and downloading it did not finish within ${failure.seconds} s`;
    case 'launch-failed':
      return `Electron at ${failure.path} stopped as soon as it started (${failure.detail})`;
  }
}

/**
 * The one paragraph `npm start` prints when the kiosk cannot run in Electron: what happened, that
 * browser mode starts instead, and the two ways to install Electron without the open internet.
 */
export function offlineNotice(failure: ElectronFailure, target: ElectronTarget): string {
  const zip = `electron-v${target.version}-${target.platform}-${target.arch}.zip`;
  return [
    `Hongyi could not start as an Electron kiosk: ${whatHappened(failure, target.version)}.`,
    'It starts in browser mode instead: the same kiosk, served on this machine and shown in Chromium, Chrome or Edge when one is installed.',
    `To install Electron on an offline or intranet machine, either fetch it from a domestic mirror with`,
    `ELECTRON_MIRROR=${DOMESTIC_MIRROR} node node_modules/electron/install.js`,
    `(or set ELECTRON_MIRROR to your own intranet copy of that mirror), or unpack ${zip} from such a mirror into a folder`,
    `and start with ELECTRON_OVERRIDE_DIST_PATH=<that folder> npm start.`,
  ].join(' ');
}
