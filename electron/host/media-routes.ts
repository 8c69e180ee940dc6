import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { Result } from '../shared';
import { MEDIA_KINDS, type MediaInfo, type MediaKind } from '../shared/media.types';
import type { Core } from '../core';
import { serveMedia } from '../core/platform/media/media-server';

export interface UploadAnswer {
  status: number;
  result: Result<MediaInfo>;
}

const refuse = (status: number, message: string): UploadAnswer => ({
  status,
  result: { ok: false, error: { code: status === 400 ? 'invalid_input' : 'media_unknown_type', message } },
});

function header(req: http.IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return typeof v === 'string' ? v : null;
}

/** `?kinds=image` or `?kinds=video,audio`: what the caller will take; absent: anything. */
function kindsOf(url: URL): MediaKind[] | null | 'bad' {
  const raw = url.searchParams.get('kinds');
  if (raw === null) return null;
  const kinds = raw.split(',');
  return kinds.every((k): k is MediaKind => (MEDIA_KINDS as readonly string[]).includes(k)) ? kinds : 'bad';
}

/**
 * `POST /api/media`: the file is the raw body (sent by `fetch(url, { body: file })`), streamed into
 * the media store by core. Its Content-Type must be there but says nothing: the type is sniffed
 * from the bytes. `X-File-Name` (URI-encoded) names it in lists.
 */
export async function receiveUpload(
  core: Core,
  req: http.IncomingMessage,
  url: URL,
  clientId: string,
): Promise<UploadAnswer> {
  const type = (header(req, 'content-type') ?? '').toLowerCase();
  if (type === '') return refuse(415, 'Send the file with its Content-Type');
  if (type.startsWith('multipart/') || type.startsWith('application/x-www-form-urlencoded')) {
    return refuse(415, 'Send the file itself as the body, not a form');
  }
  const kinds = kindsOf(url);
  if (kinds === 'bad') return refuse(400, `kinds: a list of ${MEDIA_KINDS.join(', ')}`);
  const length = header(req, 'content-length');
  const declaredBytes = length !== null && /^\d{1,15}$/.test(length) ? Number(length) : undefined;
  let name: string | null;
  try {
    name = decodeURIComponent(header(req, 'x-file-name') ?? '');
  } catch {
    name = null;
  }
  const result = await core.importMedia(
    req,
    { ...(declaredBytes === undefined ? {} : { declaredBytes }), name, ...(kinds ? { accept: kinds } : {}) },
    clientId,
  );
  return {
    status: result.ok ? 200 : (core.registry.errors.get(result.error.code)?.http ?? 500),
    result,
  };
}

/** `GET /media/<id>[/<variant>]` through core's one file server, Range requests included. */
export async function sendMedia(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
): Promise<void> {
  const answer = await serveMedia(core.media, {
    method: req.method ?? 'GET',
    path: pathname,
    range: header(req, 'range'),
    ifNoneMatch: header(req, 'if-none-match'),
  });
  res.writeHead(answer.status, answer.headers);
  if (!answer.body) return void res.end();
  // A client that goes away (a video seeked elsewhere) ends the stream and closes the file.
  await pipeline(answer.body, res).catch(() => undefined);
}
