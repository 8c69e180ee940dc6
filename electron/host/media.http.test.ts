import { once } from 'node:events';
import http from 'node:http';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../shared';
import type { MediaEntry, MediaInfo } from '../shared/media.types';
import { CookieJar, OUTSIDE_SECRET, rawRequest, startTestHost, type TestHost } from './host-testing';
import { TEST_ADMIN_PIN, tempDir } from '../core/testing';
import {
  avSample,
  leftInTmp,
  picture,
  rotatedJpeg,
  storedItems,
  SVG_WITH_SCRIPT,
} from '../core/platform/media/media-testing';

let h: TestHost;
let jar: CookieJar;

async function invoke<T>(method: string, input: unknown, cookies = jar): Promise<Result<T>> {
  const res = await fetch(`${h.url}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', ...cookies.header() },
    body: JSON.stringify({ method, input }),
  });
  cookies.take(res);
  return (await res.json()) as Result<T>;
}

beforeAll(async () => {
  h = await startTestHost();
  jar = new CookieJar();
  const signedIn = await invoke('auth.signIn', { staffNo: 'admin', pin: TEST_ADMIN_PIN });
  if (!signedIn.ok) throw new Error('could not sign in');
});
afterAll(() => h.close());

interface Upload {
  status: number;
  body: Result<MediaInfo>;
}

async function upload(
  bytes: Buffer,
  options: { type?: string; name?: string; headers?: Record<string, string>; query?: string } = {},
): Promise<Upload> {
  const res = await fetch(`${h.url}/api/media${options.query ?? ''}`, {
    method: 'POST',
    headers: {
      'Content-Type': options.type ?? 'application/octet-stream',
      'X-Kiosk': '1',
      ...(options.name ? { 'X-File-Name': encodeURIComponent(options.name) } : {}),
      ...jar.header(),
      ...options.headers,
    },
    body: new Uint8Array(bytes),
  });
  return { status: res.status, body: (await res.json()) as Result<MediaInfo> };
}

async function uploaded(bytes: Buffer, options: Parameters<typeof upload>[1] = {}): Promise<MediaInfo> {
  const { status, body } = await upload(bytes, options);
  if (!body.ok) throw new Error(`upload refused: ${JSON.stringify(body.error)}`);
  expect(status).toBe(200);
  return body.value;
}

async function fetchMedia(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${h.url}${path}`, { headers });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('POST /api/media', () => {
  it('stores a photo turned upright by its EXIF orientation, with a thumbnail and a screen size', async () => {
    // Stored 80 wide and 40 high; orientation 6 means a quarter turn: 40 wide, 80 high as seen.
    const jpeg = await rotatedJpeg(80, 40, 6);
    const info = await uploaded(jpeg, { type: 'image/jpeg', name: '封面.jpg' });
    expect(info).toMatchObject({
      kind: 'image',
      type: 'image/jpeg',
      bytes: jpeg.length,
      width: 40,
      height: 80,
    });
    expect(info.id).toMatch(/^[0-9a-f]{64}$/);
    expect(info.variants.sort()).toEqual(['screen', 'thumb']);

    const original = await fetchMedia(`/media/${info.id}`);
    expect(original.res.status).toBe(200);
    expect(original.res.headers.get('content-type')).toBe('image/jpeg');
    expect(original.res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(original.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(original.bytes.equals(jpeg)).toBe(true);
    for (const variant of ['screen', 'thumb']) {
      const { res, bytes } = await fetchMedia(`/media/${info.id}/${variant}`);
      expect(res.headers.get('content-type')).toBe('image/webp');
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height, meta.orientation]).toEqual([40, 80, undefined]);
    }
    const entry = await invoke<MediaEntry>('media.get', { id: info.id });
    expect(entry.ok && entry.value).toMatchObject({ name: '封面.jpg', createdBy: 'admin', usedBy: [] });
  });

  it('sniffs the type from the bytes, not the name or the Content-Type', async () => {
    const png = await picture('png', 30, 20);
    const info = await uploaded(png, { type: 'image/jpeg', name: 'photo.jpg' });
    expect(info).toMatchObject({ type: 'image/png', width: 30, height: 20 });
    const { res } = await fetchMedia(`/media/${info.id}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    for (const format of ['webp', 'gif'] as const) {
      expect((await uploaded(await picture(format), { type: 'text/plain' })).type).toBe(`image/${format}`);
    }
  });

  it('gives the same bytes the same id, stored once', async () => {
    const png = await picture('png', 33, 33, { r: 1, g: 2, b: 3 });
    const first = await uploaded(png);
    const before = storedItems(h.t.dataDir).length;
    const second = await uploaded(png, { name: 'again.png' });
    expect(second).toEqual(first);
    expect(storedItems(h.t.dataDir)).toHaveLength(before);
  });

  it('draws an SVG as a PNG once: its script is never served', async () => {
    const info = await uploaded(SVG_WITH_SCRIPT, { type: 'image/svg+xml' });
    expect(info).toMatchObject({ kind: 'image', type: 'image/png' });
    expect(Math.max(info.width ?? 0, info.height ?? 0)).toBe(1920);
    const { res, bytes } = await fetchMedia(`/media/${info.id}`);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.includes('alert')).toBe(false);
    expect((await uploaded(SVG_WITH_SCRIPT)).id).toBe(info.id);
  });

  it('keeps an MP4 as uploaded, with its duration, size and a poster; the video seeks by range', async () => {
    const mp4 = await avSample(tempDir(), 'mp4');
    const info = await uploaded(mp4, { type: 'video/mp4' });
    expect(info).toMatchObject({
      kind: 'video',
      type: 'video/mp4',
      bytes: mp4.length,
      width: 160,
      height: 120,
    });
    expect(info.durationS).toBeGreaterThan(1.5);
    expect(info.durationS).toBeLessThan(2.5);
    expect(info.variants.sort()).toEqual(['poster', 'thumb']);
    const poster = await fetchMedia(`/media/${info.id}/poster`);
    expect(poster.res.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(poster.bytes).metadata()).width).toBe(160);
    const part = await fetchMedia(`/media/${info.id}`, { Range: 'bytes=100-199' });
    expect(part.res.status).toBe(206);
    expect(part.res.headers.get('content-range')).toBe(`bytes 100-199/${mp4.length}`);
    expect(part.bytes.equals(mp4.subarray(100, 200))).toBe(true);
    const beyond = await fetchMedia(`/media/${info.id}`, { Range: `bytes=${mp4.length}-` });
    expect(beyond.res.status).toBe(416);
  });

  it('takes WebM video and MP3 sound', async () => {
    const dir = tempDir();
    const webm = await uploaded(await avSample(dir, 'webm'));
    expect(webm).toMatchObject({ kind: 'video', type: 'video/webm', width: 160, height: 120 });
    const mp3 = await uploaded(await avSample(dir, 'mp3'));
    expect(mp3).toMatchObject({ kind: 'audio', type: 'audio/mpeg', variants: [] });
    expect(mp3.durationS).toBeGreaterThan(1.5);
    expect((await fetchMedia(`/media/${mp3.id}`)).res.headers.get('content-type')).toBe('audio/mpeg');
  });

  it('refuses empty, unknown, cut-off, undecodable and unplayable files and stores nothing', async () => {
    const dir = tempDir();
    const jpeg = await picture('jpeg', 300, 200);
    const png = await picture('png', 300, 200);
    const mp4 = await avSample(dir, 'mp4');
    const webm = await avSample(dir, 'webm');
    const cases: [string, Buffer, string, number][] = [
      ['empty', Buffer.alloc(0), 'media_empty', 422],
      ['text', Buffer.from('just some words, not a picture at all'), 'media_unknown_type', 415],
      ['html', Buffer.from('<!doctype html><script>alert(1)</script>'), 'media_unknown_type', 415],
      ['a PDF', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'media_unknown_type', 415],
      ['half a JPEG', jpeg.subarray(0, jpeg.length >> 1), 'media_unreadable', 422],
      ['half a PNG', png.subarray(0, png.length >> 1), 'media_unreadable', 422],
      [
        'a PNG header and noise',
        Buffer.concat([png.subarray(0, 16), Buffer.alloc(500, 7)]),
        'media_unreadable',
        422,
      ],
      ['half an MP4', mp4.subarray(0, mp4.length >> 1), 'media_unreadable', 422],
      ['half a WebM', webm.subarray(0, webm.length >> 1), 'media_unreadable', 422],
      ['MPEG-4 Part 2 video', await avSample(dir, 'mpeg4-in-mp4'), 'media_unplayable', 415],
    ];
    const before = storedItems(h.t.dataDir);
    const listed = await invoke<{ total: number }>('media.list', {});
    for (const [what, bytes, code, status] of cases) {
      const answer = await upload(bytes, { type: 'image/jpeg' });
      expect(answer.body.ok, what).toBe(false);
      expect(!answer.body.ok && answer.body.error.code, what).toBe(code);
      expect(answer.status, what).toBe(status);
    }
    expect(storedItems(h.t.dataDir)).toEqual(before);
    expect(leftInTmp(h.t.dataDir)).toEqual([]);
    expect(await invoke('media.list', {})).toEqual(listed);
  });

  it('takes only the kinds asked for', async () => {
    const mp3 = await avSample(tempDir(), 'mp3');
    const answer = await upload(mp3, { query: '?kinds=image' });
    expect(!answer.body.ok && answer.body.error.code).toBe('media_unknown_type');
    expect((await upload(mp3, { query: '?kinds=sound' })).status).toBe(400);
    expect((await uploaded(await picture('png', 9, 9), { query: '?kinds=image' })).kind).toBe('image');
  });

  it('is for signed-in staff, with X-Kiosk, sent as the file itself', async () => {
    const png = await picture('png', 12, 12, { r: 9, g: 9, b: 9 });
    const before = storedItems(h.t.dataDir);
    const stranger = await upload(png, { headers: { Cookie: '' } });
    expect(stranger.status).toBe(401);
    expect(!stranger.body.ok && stranger.body.error.code).toBe('unauthenticated');
    const noHeader = await upload(png, { headers: { 'X-Kiosk': '' } });
    expect(noHeader.status).toBe(403);
    const form = await upload(png, { type: 'multipart/form-data; boundary=x' });
    expect(form.status).toBe(415);
    const get = await fetch(`${h.url}/api/media`);
    expect(get.status).toBe(405);
    expect(storedItems(h.t.dataDir)).toEqual(before);
  });
});

describe('GET /media/…', () => {
  it('is allowed by the renderer page: img-src and media-src take its own origin', async () => {
    const res = await fetch(`${h.url}/`);
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name = '', ...sources] = d.trim().split(/\s+/);
        return [name, sources];
      }),
    );
    expect(csp['img-src']).toContain("'self'");
    expect(csp['media-src']).toContain("'self'");
  });

  it('leads nowhere outside the store, however the path is written', async () => {
    const info = await uploaded(await picture('png', 8, 8, { r: 5, g: 5, b: 5 }));
    const paths = [
      '/media/../package.json',
      '/media/../../package.json',
      '/media/%2e%2e/%2e%2e/package.json',
      '/media/..%2f..%2fpackage.json',
      '/media/..%5c..%5cpackage.json',
      `/media/${info.id}/..%2f..%2f..%2fhongyi.sqlite`,
      `/media/${info.id}/../../hongyi.sqlite`,
      '/media/%2e%2e%2fhongyi.sqlite',
      '/media/.tmp',
      `/media/${info.id}%00`,
      `/media/${info.id}/original.png`,
    ];
    for (const p of paths) {
      const res = await rawRequest(h.host.port, { path: p });
      expect(res.status, p).toBeGreaterThanOrEqual(400);
      expect(res.body, p).not.toContain(OUTSIDE_SECRET);
      expect(res.body, p).not.toContain('SQLite format');
    }
    const ok = await rawRequest(h.host.port, { path: `/media/${info.id}/thumb`, method: 'HEAD' });
    expect(ok.status).toBe(200);
  });
});

/**
 * Sends a body of `total` bytes in pieces and notes how much had gone when the answer came. With
 * `declare`, the length is said up front and only `head` is sent, then the answer awaited.
 */
function streamUpload(
  total: number,
  head: Buffer,
  declare: boolean,
): Promise<{ status: number; body: Result<unknown>; sentWhenAnswered: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request({
      host: '127.0.0.1',
      port: h.host.port,
      // A connection of its own: the one a refused upload was cut off on is not taken again.
      agent: false,
      method: 'POST',
      path: '/api/media',
      headers: {
        'Content-Type': 'image/jpeg',
        'X-Kiosk': '1',
        ...jar.header(),
        ...(declare ? { 'Content-Length': String(total) } : {}),
      },
    });
    req.on('response', (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: JSON.parse(Buffer.concat(chunks).toString()) as Result<unknown>,
          sentWhenAnswered,
        }),
      );
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    const piece = Buffer.alloc(64 * 1024, 0x55);
    const stopped = new Promise((done) => {
      req.once('response', done);
      req.once('close', done);
    });
    void (async () => {
      if (head.length === 0) return req.flushHeaders();
      req.write(head);
      sent += head.length;
      while (!declare && sent < total && !answered) {
        sent += piece.length;
        if (!req.write(piece)) await Promise.race([once(req, 'drain'), stopped]);
      }
      if (!answered && !declare) req.end();
    })();
  });
}

describe('an upload cut off by its sender', () => {
  it('leaves nothing behind, and the host goes on answering', async () => {
    const before = storedItems(h.t.dataDir);
    const head = await picture('jpeg', 300, 300);
    await new Promise<void>((resolve) => {
      const req = http.request({
        host: '127.0.0.1',
        port: h.host.port,
        method: 'POST',
        path: '/api/media',
        headers: { 'Content-Type': 'image/jpeg', 'X-Kiosk': '1', ...jar.header() },
      });
      req.on('error', () => resolve());
      req.on('close', () => resolve());
      req.write(head.subarray(0, head.length >> 1), () => setTimeout(() => req.destroy(), 200));
    });
    await expect.poll(() => leftInTmp(h.t.dataDir)).toEqual([]);
    expect(storedItems(h.t.dataDir)).toEqual(before);
    expect((await invoke('media.list', {})).ok).toBe(true);
  });
});

describe('the size limit', () => {
  it('refuses a file as soon as it passes the limit, while it is still being sent', async () => {
    expect((await invoke('settings.update', { 'media.maxImageMB': 1 })).ok).toBe(true);
    try {
      const head = (await picture('jpeg', 8, 8)).subarray(0, 20);
      const before = storedItems(h.t.dataDir);
      const total = 64 * 1024 * 1024;
      const streamed = await streamUpload(total, head, false);
      expect(streamed.status).toBe(413);
      expect(streamed.body).toMatchObject({
        ok: false,
        error: { code: 'media_too_large', details: { limitMB: 1 } },
      });
      expect(streamed.sentWhenAnswered).toBeLessThan(total);
      // A length said up front is checked against the picture limit once the first bytes tell a picture…
      const declared = await streamUpload(5 * 1024 * 1024, head, true);
      expect(declared.status).toBe(413);
      expect(declared.sentWhenAnswered).toBe(head.length);
      // … and against every limit before a byte is read.
      const huge = await streamUpload(5000 * 1024 * 1024, Buffer.alloc(0), true);
      expect(huge.status).toBe(413);
      expect(huge.body).toMatchObject({
        ok: false,
        error: { code: 'media_too_large', details: { limitMB: 500 } },
      });
      expect(huge.sentWhenAnswered).toBe(0);
      expect(storedItems(h.t.dataDir)).toEqual(before);
      expect(leftInTmp(h.t.dataDir)).toEqual([]);
      // Under the limit, the same kind of file is taken.
      expect((await uploaded(await picture('jpeg', 400, 300))).kind).toBe('image');
    } finally {
      await invoke('settings.update', { 'media.maxImageMB': 20 });
    }
  });
});
