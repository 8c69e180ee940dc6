import fs from 'node:fs';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing';
import { parseRange, serveMedia, type MediaRequest } from './media-server';
import { MediaStore } from './media-store';

const ID = 'ab'.repeat(32);
const BYTES = Buffer.from(
  Array.from({ length: 1000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(''),
);

/** A store with one item: a 1,000-byte "JPEG" and a thumbnail, and a secret beside the store. */
function store(): { media: MediaStore; dataDir: string } {
  const dataDir = tempDir();
  const media = new MediaStore(path.join(dataDir, 'media'));
  fs.mkdirSync(media.dirOf(ID));
  fs.writeFileSync(path.join(media.dirOf(ID), 'original.jpg'), BYTES);
  fs.writeFileSync(path.join(media.dirOf(ID), 'thumb.webp'), 'thumb');
  fs.writeFileSync(path.join(dataDir, 'hongyi.sqlite'), 'the database');
  return { media, dataDir };
}

const get = (media: MediaStore, p: string, extra: Partial<MediaRequest> = {}) =>
  serveMedia(media, { method: 'GET', path: p, ...extra });

async function bodyOf(res: Awaited<ReturnType<typeof serveMedia>>): Promise<string> {
  return res.body ? text(res.body) : '';
}

describe('the media file server', () => {
  it('sends a whole file with its type, length and headers for good', async () => {
    const { media } = store();
    const res = await get(media, `/media/${ID}`);
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      'Content-Type': 'image/jpeg',
      'Content-Length': '1000',
      'Accept-Ranges': 'bytes',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    expect(res.headers['Content-Security-Policy']).toContain('sandbox');
    expect(await bodyOf(res)).toBe(BYTES.toString());
    const thumb = await get(media, `/media/${ID}/thumb`);
    expect(thumb.headers['Content-Type']).toBe('image/webp');
    expect(await bodyOf(thumb)).toBe('thumb');
  });

  it('answers a range with 206 and Content-Range', async () => {
    const { media } = store();
    const cases: [string, number, number][] = [
      ['bytes=0-99', 0, 99],
      ['bytes=990-', 990, 999],
      ['bytes=-10', 990, 999],
      ['bytes=500-5000', 500, 999],
      ['bytes=-5000', 0, 999],
      ['bytes=999-999', 999, 999],
    ];
    for (const [range, start, end] of cases) {
      const res = await get(media, `/media/${ID}`, { range });
      expect(res.status, range).toBe(206);
      expect(res.headers['Content-Range'], range).toBe(`bytes ${start}-${end}/1000`);
      expect(res.headers['Content-Length'], range).toBe(String(end - start + 1));
      expect(await bodyOf(res), range).toBe(BYTES.subarray(start, end + 1).toString());
    }
  });

  it('answers 416 for a range it cannot satisfy, and ignores one it cannot read', async () => {
    const { media } = store();
    for (const range of ['bytes=1000-', 'bytes=5000-6000', 'bytes=-0']) {
      const res = await get(media, `/media/${ID}`, { range });
      expect(res.status, range).toBe(416);
      expect(res.headers['Content-Range'], range).toBe('bytes */1000');
      expect(res.body, range).toBeNull();
    }
    for (const range of ['bytes=5-1', 'items=0-5', 'bytes=0-5,10-20', 'bytes=-', 'bytes=a-b', 'garbage']) {
      const res = await get(media, `/media/${ID}`, { range });
      expect(res.status, range).toBe(200);
      expect(await bodyOf(res), range).toHaveLength(1000);
    }
  });

  it('answers HEAD without a body, 304 to a matching ETag and 405 to anything but GET and HEAD', async () => {
    const { media } = store();
    const head = await serveMedia(media, { method: 'HEAD', path: `/media/${ID}`, range: 'bytes=0-9' });
    expect(head.status).toBe(206);
    expect(head.headers['Content-Length']).toBe('10');
    expect(head.body).toBeNull();
    const etag = (await get(media, `/media/${ID}`)).headers.ETag ?? '';
    const again = await get(media, `/media/${ID}`, { ifNoneMatch: etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const res = await serveMedia(media, { method, path: `/media/${ID}` });
      expect(res.status).toBe(405);
      expect(res.headers.Allow).toBe('GET, HEAD');
    }
  });

  it('finds nothing but ids and their variants: no path leads out of the store', async () => {
    const { media } = store();
    fs.mkdirSync(path.join(media.tmpDir, 'import-x'));
    fs.writeFileSync(path.join(media.tmpDir, 'import-x', 'upload'), 'half an upload');
    const paths = [
      '/media',
      '/media/',
      `/media/${ID}/`,
      `/media/${ID}/poster`,
      `/media/${ID}/original`,
      `/media/${ID}/original.jpg`,
      `/media/${ID}/thumb.webp`,
      `/media/${ID}/thumb/`,
      `/media/${ID.toUpperCase()}`,
      `/media/${ID}%2Fthumb`,
      `/media/${ID}/..`,
      `/media/${ID}/../../hongyi.sqlite`,
      '/media/../hongyi.sqlite',
      '/media/%2e%2e/hongyi.sqlite',
      '/media/..%2Fhongyi.sqlite',
      '/media/..%5Chongyi.sqlite',
      '/media/..\\hongyi.sqlite',
      '/media/.tmp/import-x/upload',
      '/media//etc/passwd',
      `/media/${ID}\0`,
      `/media/${ID.slice(0, 63)}`,
      `/media/${ID}0`,
      `/media/${'ba'.repeat(32)}`,
    ];
    for (const p of paths) {
      const res = await get(media, p);
      expect(res.status, p).toBe(404);
      expect(res.body, p).toBeNull();
    }
  });

  it('reads a range header as RFC 9110 says', () => {
    expect(parseRange(undefined, 10)).toBe('whole');
    expect(parseRange('bytes=0-0', 10)).toEqual({ start: 0, end: 0 });
    expect(parseRange(' bytes=2-4 ', 10)).toEqual({ start: 2, end: 4 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=9-', 10)).toEqual({ start: 9, end: 9 });
    expect(parseRange('bytes=10-', 10)).toBe('unsatisfiable');
    expect(parseRange('bytes=99999999999999999999-', 10)).toBe('whole');
  });
});
