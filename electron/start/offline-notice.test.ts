import { describe, expect, it } from 'vitest';
import { DOMESTIC_MIRROR, offlineNotice, type ElectronFailure } from './offline-notice';

const target = { version: '45.4.1', platform: 'linux' as const, arch: 'arm64' };

describe('offlineNotice', () => {
  it('is one paragraph that says what happened and both offline installs', () => {
    const text = offlineNotice(
      {
        kind: 'download-failed',
        path: '/p/dist/electron',
        detail: 'RequestError: getaddrinfo ENOTFOUND github.com',
      },
      target,
    );
    expect(text).not.toContain('\n');
    expect(text).toContain('getaddrinfo ENOTFOUND github.com');
    expect(text).toContain(`ELECTRON_MIRROR=${DOMESTIC_MIRROR}`);
    expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH=');
    expect(text).toContain('electron-v45.4.1-linux-arm64.zip');
    expect(text).toContain('browser mode');
  });

  it('names the cause of each failure', () => {
    const cases: [ElectronFailure, string][] = [
      [{ kind: 'no-package' }, 'not installed'],
      [{ kind: 'override-empty', path: '/opt/e/electron' }, '/opt/e/electron'],
      [{ kind: 'download-timeout', path: '/p', seconds: 60 }, 'within 60 s'],
      [
        { kind: 'launch-failed', path: '/p/electron', detail: 'exit code 1: Missing X server' },
        'Missing X server',
      ],
    ];
    for (const [failure, phrase] of cases) expect(offlineNotice(failure, target)).toContain(phrase);
  });
});
