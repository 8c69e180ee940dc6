import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultDataDir } from '../core/paths';
import { DEFAULT_PORT, parseServeArgs } from './options';

describe('parseServeArgs', () => {
  it('has defaults: port 8170 on 127.0.0.1, demo on, no admin PIN', () => {
    vi.stubEnv('HONGYI_DATA_DIR', '');
    try {
      expect(parseServeArgs([], {})).toEqual({
        port: DEFAULT_PORT,
        host: '127.0.0.1',
        dataDir: defaultDataDir(),
        demo: true,
        adminPin: undefined,
        names: [],
      });
      expect(DEFAULT_PORT).toBe(8170);
      expect(path.isAbsolute(defaultDataDir())).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reads every option', () => {
    const options = parseServeArgs(
      [
        ...['--port', '0', '--data', 'some/dir', '--no-demo', '--admin-pin', '246810', '--host', '0.0.0.0'],
        ...['--name', 'hongyi-hub.lan', '--name', 'desk'],
      ],
      {},
    );
    expect(options).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: path.resolve('some/dir'),
      demo: false,
      adminPin: '246810',
      names: ['hongyi-hub.lan', 'desk'],
    });
    expect(parseServeArgs(['--port=9000'], {}).port).toBe(9000);
  });

  it('falls back to the environment, the command line first', () => {
    const env = { HONGYI_PORT: '8200', HONGYI_ADMIN_PIN: '1234', HONGYI_DATA_DIR: 'env/dir' };
    expect(parseServeArgs([], env)).toMatchObject({
      port: 8200,
      adminPin: '1234',
      dataDir: path.resolve('env/dir'),
    });
    expect(parseServeArgs(['--port', '1', '--admin-pin', '5678', '--data', 'x'], env)).toMatchObject({
      port: 1,
      adminPin: '5678',
      dataDir: path.resolve('x'),
    });
  });

  it('takes an empty variable as unset', () => {
    expect(parseServeArgs([], { HONGYI_PORT: '', HONGYI_ADMIN_PIN: '', HONGYI_DATA_DIR: '' })).toMatchObject({
      port: DEFAULT_PORT,
      adminPin: undefined,
    });
  });

  it('refuses a port that is not 0 to 65535', () => {
    for (const port of ['65536', '-1', 'abc', '', '1.5', '1e3', ' 80', '0x50']) {
      expect(() => parseServeArgs(['--port', port], {}), port).toThrow(/--port/);
    }
    expect(() => parseServeArgs([], { HONGYI_PORT: 'eighty' })).toThrow(/--port/);
  });

  it('refuses an admin PIN that is not 4 to 12 digits', () => {
    for (const pin of ['123', '1234567890123', '12a4', '']) {
      expect(() => parseServeArgs(['--admin-pin', pin], {}), pin).toThrow(/4 to 12 digits/);
    }
    expect(() => parseServeArgs([], { HONGYI_ADMIN_PIN: 'abcd' })).toThrow(/4 to 12 digits/);
  });

  it('refuses a --name that is not a host name', () => {
    for (const name of ['evil.example/x', 'a b', '', '-x', 'x..y']) {
      expect(() => parseServeArgs(['--name', name], {}), name).toThrow(/--name/);
    }
  });

  it('refuses unknown options and stray arguments', () => {
    expect(() => parseServeArgs(['--prot', '80'], {})).toThrow();
    expect(() => parseServeArgs(['serve'], {})).toThrow();
    expect(() => parseServeArgs(['--no-demo=yes'], {})).toThrow();
  });
});
