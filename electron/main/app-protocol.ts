import fs from 'node:fs';
import path from 'node:path';
import { protocol } from 'electron';
import type { Logger } from '../core/log';
import { isMediaPath } from '../core/platform/media/media-server';
import type { MediaStore } from '../core/platform/media/media-store';
import { MIME, SECURITY_HEADERS } from '../core/security';
import { APP_SCHEME, isAppUrl, resolveAppFile } from './app-url';
import { mediaResponse } from './media-response';

/**
 * Must run before `app.ready`: a standard, secure scheme gets an origin, fetch and storage; CORS
 * support lets Chromium load Vite's `<script type="module" crossorigin>` from it. Responses carry
 * no Access-Control-Allow-Origin, so no other origin can read them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        stream: true,
        codeCache: true,
      },
    },
  ]);
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * Serves the renderer build on app://kiosk/ with the same CSP and headers as the HTTP host, and
 * the media store at app://kiosk/media/ through core's file server (the same as the host's).
 */
export function serveRenderer(rendererDir: string, media: MediaStore, log: Logger): void {
  const exists = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    if (isAppUrl(request.url) && isMediaPath(new URL(request.url).pathname)) {
      return mediaResponse(media, request);
    }
    const found = resolveAppFile(rendererDir, request.url, exists);
    if (!found.ok) {
      if (found.status !== 404) log.warn(`app:// refused ${found.status}: ${request.url}`);
      return refuse(found.status);
    }
    const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.promises.readFile(found.file));
    return new Response(body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': MIME[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      },
    });
  });
}
