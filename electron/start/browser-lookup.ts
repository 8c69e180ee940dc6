import path from 'node:path';

/**
 * Chromium-family browsers that can run the kiosk in `--kiosk --app=URL` mode, most likely first
 * for each system: Edge ships with Windows; Linux service centres mostly have Chromium (UOS and
 * Kylin ship it as well).
 */
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  const chosen = [env.HONGYI_BROWSER, env.CHROMIUM_PATH].filter((p): p is string => Boolean(p));
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((p): p is string =>
      Boolean(p),
    );
    const inRoot = [
      'Microsoft\\Edge\\Application\\msedge.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Chromium\\Application\\chrome.exe',
    ];
    return [...chosen, ...inRoot.flatMap((rel) => roots.map((root) => path.win32.join(root, rel)))];
  }
  if (platform === 'darwin') {
    return [
      ...chosen,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  const names = [
    'chromium',
    'chromium-browser',
    'google-chrome-stable',
    'google-chrome',
    'microsoft-edge-stable',
    'microsoft-edge',
  ];
  const dirs = [
    ...(env.PATH ?? '').split(path.delimiter).filter(Boolean),
    '/usr/bin',
    '/usr/local/bin',
    '/snap/bin',
  ];
  const uniqueDirs = [...new Set(dirs)];
  return [
    ...chosen,
    ...names.flatMap((name) => uniqueDirs.map((dir) => path.posix.join(dir, name))),
    '/opt/google/chrome/chrome',
    '/opt/microsoft/msedge/msedge',
    '/opt/chromium/chrome',
  ];
}

/** The first candidate that exists, or null. */
export function findBrowser(candidates: readonly string[], exists: (file: string) => boolean): string | null {
  return candidates.find((file) => exists(file)) ?? null;
}

/**
 * A Chromium that is only the kiosk: full screen without browser UI, its own fresh profile (no
 * restore bubble, no sync, no sign-in) and none of the calls home an offline centre cannot answer.
 */
export function kioskBrowserArgs(url: string, profileDir: string, spki?: string): string[] {
  return [
    // The hub's own screen in LAN mode trusts the hub's own certificate, and no other.
    ...(spki ? [`--ignore-certificate-errors-spki-list=${spki}`] : []),
    '--kiosk',
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-domain-reliability',
    '--disable-sync',
    '--disable-features=Translate,MediaRouter,OptimizationHints',
    '--disable-session-crashed-bubble',
    '--noerrdialogs',
    '--no-pings',
    '--password-store=basic',
    '--autoplay-policy=no-user-gesture-required',
    '--overscroll-history-navigation=0',
    '--disable-pinch',
  ];
}
