import { Readable } from 'node:stream';
import { serveMedia } from '../core/platform/media/media-server';
import type { MediaStore } from '../core/platform/media/media-store';

/**
 * `app://kiosk/media/…` through core's one media file server, as a fetch Response for
 * `protocol.handle`: Range requests answered with 206 so that <video> can seek. No Electron here,
 * so it is tested in Node.
 */
export async function mediaResponse(store: MediaStore, request: Request): Promise<Response> {
  const answer = await serveMedia(store, {
    method: request.method,
    path: new URL(request.url).pathname,
    range: request.headers.get('range'),
    ifNoneMatch: request.headers.get('if-none-match'),
  });
  // Node's web stream type and the DOM's are the same object under two names.
  const body = answer.body ? (Readable.toWeb(answer.body) as unknown as globalThis.ReadableStream) : null;
  return new Response(body, {
    status: answer.status,
    headers: answer.headers,
  });
}
