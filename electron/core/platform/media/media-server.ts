import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { SECURITY_HEADERS } from '../../security';
import type { MediaPart, MediaStore } from './media-store';

export interface MediaRequest {
  method: string;
  /** The URL's path as the shell received it (no query): `/media/<id>` or `/media/<id>/<variant>`. */
  path: string;
  range?: string | null;
  ifNoneMatch?: string | null;
}

export interface MediaResponse {
  status: number;
  headers: Record<string, string>;
  /** The bytes to send; null for HEAD, 304, 404, 405 and 416. */
  body: Readable | null;
}

/** Only an id and a known variant name make a path: nothing else, encoded or not, names a file. */
const ROUTE = /^\/media\/([0-9a-f]{64})(?:\/(thumb|screen|poster))?$/;

export function isMediaPath(path: string): boolean {
  return path === '/media' || path.startsWith('/media/');
}

export type ByteRange = { start: number; end: number } | 'whole' | 'unsatisfiable';

/**
 * One `Range: bytes=…` header against a file of `size` bytes (RFC 9110 §14). A header that is not
 * a single byte range is ignored (the whole file is sent, as the RFC allows); a range starting at
 * or after the end cannot be satisfied.
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange {
  if (!header) return 'whole';
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m) return 'whole';
  const [, first = '', last = ''] = m;
  if (first === '' && last === '') return 'whole';
  if (first === '') {
    const suffix = Number(last);
    if (!Number.isSafeInteger(suffix)) return 'whole';
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return 'whole';
  if (start >= size) return 'unsatisfiable';
  if (end < start) return 'whole';
  return { start, end: Math.min(end, size - 1) };
}

/** A stored file is never a document: if one is opened on its own, it can run nothing. */
const HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; media-src 'self'; sandbox",
  'X-Content-Type-Options': 'nosniff',
};

const bare = (status: number, extra: Record<string, string> = {}): MediaResponse => ({
  status,
  headers: { ...HEADERS, 'Cache-Control': 'no-store', ...extra },
  body: null,
});

/**
 * The one file server of the media store, used by the HTTP shell and by Electron's app://
 * protocol alike: plain Node, from a request path and its Range header to a status, headers and
 * a stream. Files are content-addressed and never change, so they are cached for good.
 */
export async function serveMedia(store: MediaStore, req: MediaRequest): Promise<MediaResponse> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return bare(405, { Allow: 'GET, HEAD' });
  const m = ROUTE.exec(req.path);
  const id = m?.[1];
  if (!id) return bare(404);
  const part: MediaPart = (m[2] as MediaPart | undefined) ?? 'original';
  const found = store.part(id, part);
  if (!found) return bare(404);
  let fh: fs.promises.FileHandle;
  try {
    fh = await fs.promises.open(found.file, 'r');
  } catch {
    // Deleted between the look and the open.
    return bare(404);
  }
  let keep = false;
  try {
    const { size } = await fh.stat();
    const etag = `"${id}-${part}"`;
    const headers: Record<string, string> = {
      ...HEADERS,
      'Content-Type': found.mime,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Accept-Ranges': 'bytes',
      ETag: etag,
    };
    if (req.ifNoneMatch && req.ifNoneMatch.split(',').some((t) => t.trim() === etag)) {
      return { status: 304, headers, body: null };
    }
    const range = parseRange(req.range, size);
    if (range === 'unsatisfiable') {
      return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` }, body: null };
    }
    const { start, end } = range === 'whole' ? { start: 0, end: size - 1 } : range;
    const status = range === 'whole' ? 200 : 206;
    headers['Content-Length'] = String(end - start + 1);
    if (status === 206) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
    if (req.method === 'HEAD') return { status, headers, body: null };
    keep = true;
    return { status, headers, body: fh.createReadStream({ start, end, autoClose: true }) };
  } finally {
    if (!keep) await fh.close();
  }
}
