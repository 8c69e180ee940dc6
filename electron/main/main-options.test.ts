import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMainArgs } from './main-options';

describe('parseMainArgs', () => {
  it('reads the kiosk switches among Chromium and Playwright ones', () => {
    const argv = [
      '--inspect=0',
      '--remote-debugging-port=0',
      'dist/electron/main.cjs',
      '--data',
      'tmp/d',
      '--no-demo',
      '--admin-pin',
      '246810',
      '--no-sandbox',
    ];
    expect(parseMainArgs(argv, {})).toEqual({
      dataDir: path.resolve('tmp/d'),
      demo: false,
      adminPin: '246810',
      kiosk: true,
    });
  });

  it('defaults to the demo centre, Electron’s own data folder and kiosk mode', () => {
    expect(parseMainArgs(['.'], {})).toEqual({
      dataDir: undefined,
      demo: true,
      adminPin: undefined,
      kiosk: true,
    });
  });

  it('falls back to the environment', () => {
    const env = { HONGYI_DATA_DIR: '/srv/hongyi', HONGYI_ADMIN_PIN: '1357', HONGYI_WINDOWED: '1' };
    expect(parseMainArgs([], env)).toEqual({
      dataDir: '/srv/hongyi',
      demo: true,
      adminPin: '1357',
      kiosk: false,
    });
    expect(parseMainArgs(['--admin-pin', '2468'], env).adminPin).toBe('2468');
  });

  it('refuses an admin PIN that is not 4 to 12 digits', () => {
    expect(() => parseMainArgs(['--admin-pin', '12a4'], {})).toThrow(/4 to 12 digits/);
    expect(() => parseMainArgs([], { HONGYI_ADMIN_PIN: '123' })).toThrow(/4 to 12 digits/);
  });
});
