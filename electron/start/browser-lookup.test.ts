import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, kioskBrowserArgs } from './browser-lookup';

describe('browser lookup', () => {
  it('finds Debian’s /usr/bin/chromium even with an empty PATH', () => {
    const found = findBrowser(browserCandidates('linux', { PATH: '' }), (f) => f === '/usr/bin/chromium');
    expect(found).toBe('/usr/bin/chromium');
  });

  it('looks in PATH first, then the usual folders, and finds Chrome and Edge too', () => {
    const env = { PATH: '/home/kiosk/bin:/usr/bin' };
    expect(
      findBrowser(browserCandidates('linux', env), (f) => f === '/home/kiosk/bin/chromium-browser'),
    ).toBe('/home/kiosk/bin/chromium-browser');
    expect(findBrowser(browserCandidates('linux', env), (f) => f === '/opt/google/chrome/chrome')).toBe(
      '/opt/google/chrome/chrome',
    );
    expect(findBrowser(browserCandidates('linux', env), (f) => f === '/snap/bin/chromium')).toBe(
      '/snap/bin/chromium',
    );
    expect(
      findBrowser(
        browserCandidates('linux', env),
        (f) => f === '/usr/bin/microsoft-edge-stable' || f === '/usr/bin/chromium',
      ),
    ).toBe('/usr/bin/chromium');
  });

  it('honours an explicit HONGYI_BROWSER before anything else', () => {
    const env = { PATH: '/usr/bin', HONGYI_BROWSER: '/srv/kiosk/chrome' };
    const all = new Set(['/srv/kiosk/chrome', '/usr/bin/chromium']);
    expect(findBrowser(browserCandidates('linux', env), (f) => all.has(f))).toBe('/srv/kiosk/chrome');
  });

  it('finds Edge on Windows under Program Files', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findBrowser(browserCandidates('win32', env), (f) => f === edge)).toBe(edge);
  });

  it('finds Chrome on macOS', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser(browserCandidates('darwin', {}), (f) => f === chrome)).toBe(chrome);
  });

  it('returns null when there is no browser', () => {
    expect(findBrowser(browserCandidates('linux', { PATH: '/usr/bin' }), () => false)).toBeNull();
  });
});

describe('kioskBrowserArgs', () => {
  it('opens the URL as a full-screen app on its own profile, without calls home', () => {
    const args = kioskBrowserArgs('http://127.0.0.1:8170', '/data/browser-profile');
    expect(args).toEqual(
      expect.arrayContaining([
        '--kiosk',
        '--app=http://127.0.0.1:8170',
        '--user-data-dir=/data/browser-profile',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ]),
    );
    expect(args.some((a) => a.includes('no-sandbox'))).toBe(false);
  });
});
