import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_START_URL, isAppBlobUrl, isAppUrl, resolveAppFile } from './app-url';

describe('isAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://kiosk/assets/index.js?x=1#y')).toBe(true);
    for (const url of [
      'app://kiosk.evil.example/',
      'app://kiosk@evil.example/',
      'app://user:pw@kiosk/',
      'app://kiosk:8080/',
      'app://other/',
      'http://kiosk/',
      'file:///etc/passwd',
      'https://example.com/',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });
});

describe('isAppBlobUrl', () => {
  it('allows the exports the app made itself, and no other download', () => {
    expect(isAppBlobUrl('blob:app://kiosk/5f0c1c52-8b5e-4a53-9a1d-6c1c3c1e7a10')).toBe(true);
    for (const url of [
      'blob:app://kiosk.evil.example/5f0c1c52',
      'blob:https://example.com/5f0c1c52',
      'blob:null/5f0c1c52',
      'app://kiosk/assets/index.js',
      'https://example.com/report.xlsx',
      'data:text/csv,a,b',
    ]) {
      expect(isAppBlobUrl(url), url).toBe(false);
    }
  });
});

describe('resolveAppFile', () => {
  let root: string;
  const exists = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();

  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-app-url-'));
    root = path.join(base, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), '');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'outside');
  });
  afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

  it('serves index.html at the root and files under the build', () => {
    expect(resolveAppFile(root, APP_START_URL, exists)).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(resolveAppFile(root, 'app://kiosk/assets/app.js', exists)).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'app.js'),
    });
  });

  it('falls back to index.html for client-side routes, not for missing files', () => {
    expect(resolveAppFile(root, 'app://kiosk/staff/settings', exists)).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(resolveAppFile(root, 'app://kiosk/assets/missing.js', exists)).toEqual({ ok: false, status: 404 });
  });

  it('refuses every way out of the build folder', () => {
    // The URL parser already folds encoded dot segments: these look for secret.txt inside the build.
    for (const url of ['app://kiosk/%2e%2e/secret.txt', 'app://kiosk/assets/%2E%2E/%2E%2E/secret.txt']) {
      expect(resolveAppFile(root, url, exists), url).toEqual({ ok: false, status: 404 });
    }
    // An encoded slash survives the parser and is caught after decoding.
    expect(resolveAppFile(root, 'app://kiosk/..%2fsecret.txt', exists)).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(root, 'app://kiosk/assets/..%2f..%2fsecret.txt', exists)).toEqual({
      ok: false,
      status: 403,
    });
    expect(resolveAppFile(root, 'app://kiosk/..%5csecret.txt', exists)).toEqual({ ok: false, status: 400 });
    expect(resolveAppFile(root, 'app://kiosk/index.html%00.png', exists)).toEqual({ ok: false, status: 400 });
    expect(resolveAppFile(root, 'app://kiosk/%E0%A4%A', exists)).toEqual({ ok: false, status: 400 });
  });

  it('reads an encoded absolute path as a path inside the build', () => {
    const found = resolveAppFile(root, 'app://kiosk/%2Fetc%2Fpasswd', exists);
    expect(found).toEqual({ ok: true, file: path.join(root, 'index.html') });
  });

  it('refuses another origin', () => {
    expect(resolveAppFile(root, 'app://evil/index.html', exists)).toEqual({ ok: false, status: 403 });
  });
});
