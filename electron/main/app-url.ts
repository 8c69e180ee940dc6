import path from 'node:path';

/**
 * The renderer's own origin. A privileged standard scheme rather than file://: file:// pages share
 * one origin with the whole disk, and the CSP and security headers can only be set on responses we
 * serve ourselves.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_START_URL = `${APP_SCHEME}://${APP_HOST}/`;

/** Parses the URL rather than matching prefixes: `app://kiosk.evil/` and `app://kiosk@evil/` are not ours. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * A file the renderer made itself and saves (an export: `saveExport` in renderer/src/lib/download.ts
 * clicks a link to a `blob:` URL of the app's own origin). The only download the kiosk allows.
 */
export function isAppBlobUrl(raw: string): boolean {
  return raw.startsWith('blob:') && isAppUrl(raw.slice('blob:'.length));
}

export type AppFile = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file under the renderer build. Anything that would leave `root`
 * (`..`, encoded or not, absolute paths, NUL bytes) is refused. Paths without an extension fall
 * back to index.html so a reload on a client-side route still finds the app.
 */
export function resolveAppFile(root: string, raw: string, exists: (file: string) => boolean): AppFile {
  if (!isAppUrl(raw)) return { ok: false, status: 403 };
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(raw).pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (rel.includes('\0') || rel.includes('\\')) return { ok: false, status: 400 };
  rel = rel.replace(/^\/+/, '');
  if (rel === '') rel = 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, rel);
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 403 };
  if (exists(file)) return { ok: true, file };
  if (path.extname(rel) === '') return { ok: true, file: path.join(base, 'index.html') };
  return { ok: false, status: 404 };
}
