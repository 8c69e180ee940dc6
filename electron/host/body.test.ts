import type http from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBodyWithin } from './body';

const CHUNK = 64 * 1024;
const MB = 1024 * 1024;
const MINUTE = 60_000;

/** A request body produced only as it is read, counting the bytes the reader pulled. */
function lazyBody(total: number, headers: http.IncomingHttpHeaders = {}) {
  const source = { pulled: 0 };
  const stream = new Readable({
    read() {
      if (source.pulled >= total) return void this.push(null);
      const size = Math.min(CHUNK, total - source.pulled);
      source.pulled += size;
      this.push(Buffer.alloc(size, 0x20));
    },
  });
  return { source, req: Object.assign(stream, { headers }) as unknown as http.IncomingMessage };
}

describe('readBodyWithin', () => {
  it('returns a body within its limit', async () => {
    const { req } = lazyBody(MB);
    expect((await readBodyWithin(req, MB, MINUTE)).length).toBe(MB);
  });

  it('refuses a declared length over the limit before reading a byte', async () => {
    const { req, source } = lazyBody(48 * MB, { 'content-length': String(48 * MB) });
    await expect(readBodyWithin(req, MB, MINUTE)).rejects.toMatchObject({ status: 413 });
    expect(source.pulled).toBe(0);
  });

  it('stops reading a body of no declared length as soon as it passes the limit', async () => {
    const { req, source } = lazyBody(48 * MB);
    await expect(readBodyWithin(req, MB, MINUTE)).rejects.toMatchObject({ status: 413 });
    // What a stream reads ahead is one chunk and its buffer, not the rest of the body.
    expect(source.pulled).toBeLessThanOrEqual(MB + 2 * CHUNK);
  });

  it('refuses a body that is still coming when its time is up', async () => {
    const req = Object.assign(new Readable({ read() {} }), {
      headers: {},
    }) as unknown as http.IncomingMessage;
    await expect(readBodyWithin(req, MB, 10)).rejects.toMatchObject({ status: 408 });
  });
});
