import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import type { ErrorCode, Result } from '../shared';
import type { CoreRegistry } from '../core/registry';
import type { Core } from '../core';
import type { Logger } from '../core/log';
import { isMediaPath } from '../core/platform/media/media-server';
import { BODY_LIMIT, IMPORT_BODY_LIMIT, MIME, SECURITY_HEADERS } from '../core/security';
import { dropRest, receiveUpload, sendMedia } from './media-routes';

export interface HostOptions {
  core: Core;
  /** The renderer build (index.html and assets). */
  staticDir: string;
  host?: string;
  port?: number;
  log: Logger;
}

export interface RunningHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

const COOKIE = 'hongyi_client';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function clientToken(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v && TOKEN.test(v)) return v;
  }
  return null;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) return reject(new HttpError(413, 'Request too large'));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, 'Request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The envelope's code for a refusal made by the host itself, matching its HTTP status. */
function codeOf(status: number): ErrorCode {
  if (status === 403 || status === 421) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  return 'invalid_input';
}

/** A URL path as a file path; a malformed %-escape names no file. */
function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    throw new HttpError(404, 'Not found');
  }
}

const envelope = z.object({ method: z.string().max(100), input: z.unknown().optional() });

/** Every method with its role and its input as JSON Schema, for scripts and other terminals. */
function describeMethods(registry: CoreRegistry) {
  return [...registry.methods].map(([name, { def }]) => ({
    name,
    role: def.role,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
  }));
}

/**
 * The HTTP shell: the renderer build and `POST /api/invoke` over the same core as Electron's IPC.
 * Bound to loopback unless a host is given. Answers never carry a stack trace or SQL.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const { core, log } = options;
  const bindHost = options.host ?? '127.0.0.1';
  const loopbackOnly = LOOPBACK.has(bindHost);
  const staticRoot = path.resolve(options.staticDir);
  const sseClients = new Set<http.ServerResponse>();
  const methods = describeMethods(core.registry);

  const send = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(JSON.stringify(body));
  };

  const invoke = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    cookieHeaders: Record<string, string>,
    clientId: string,
  ) => {
    // Browsers cannot add this header to a cross-site form post or a simple request.
    if (req.headers['x-kiosk'] !== '1') throw new HttpError(403, 'Missing X-Kiosk header');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'Send application/json');
    }
    const raw = await readBody(req, IMPORT_BODY_LIMIT);
    let parsed: z.infer<typeof envelope>;
    try {
      parsed = envelope.parse(JSON.parse(raw.toString('utf8')));
    } catch {
      const result: Result<never> = {
        ok: false,
        error: { code: 'invalid_input', message: 'The body must be JSON: { method, input }' },
      };
      return send(res, 400, result, cookieHeaders);
    }
    const limit =
      core.registry.methods.get(parsed.method)?.def.limit === 'import' ? IMPORT_BODY_LIMIT : BODY_LIMIT;
    if (raw.length > limit) {
      const result: Result<never> = {
        ok: false,
        error: { code: 'payload_too_large', message: 'Request too large' },
      };
      return send(res, 413, result, cookieHeaders);
    }
    const result = await core.invoke(parsed.method, parsed.input, clientId);
    // Each error code declares its HTTP status with the area that owns it.
    const status = result.ok ? 200 : (core.registry.errors.get(result.error.code)?.http ?? 500);
    send(res, status, result, cookieHeaders);
  };

  const serveStatic = (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'Method not allowed');
    const rel = pathname === '/' ? 'index.html' : decodePath(pathname).replace(/^\/+/, '');
    const file = path.resolve(staticRoot, rel);
    if (!file.startsWith(staticRoot + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new HttpError(404, 'Not found');
    }
    const hashed = rel.startsWith('assets/');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    // A file removed while it is sent ends the response rather than the process.
    else
      fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  };

  const events = (res: http.ServerResponse) => {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    sseClients.add(res);
    res.on('close', () => sseClients.delete(res));
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    void (async () => {
      // DNS rebinding: a loopback-only host answers only to loopback names.
      const hostName = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
      if (loopbackOnly && !LOOPBACK.has(hostName)) throw new HttpError(421, 'Wrong host');
      let token = clientToken(req);
      const cookieHeaders: Record<string, string> = {};
      if (!token) {
        token = randomBytes(32).toString('base64url');
        cookieHeaders['Set-Cookie'] = `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`;
      }
      if (url.pathname === '/api/invoke') {
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        return invoke(req, res, cookieHeaders, `http:${token}`);
      }
      if (url.pathname === '/api/media') {
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        if (req.headers['x-kiosk'] !== '1') throw new HttpError(403, 'Missing X-Kiosk header');
        const { status, result } = await receiveUpload(core, req, url, `http:${token}`);
        send(res, status, result, cookieHeaders);
        return dropRest(req);
      }
      if (isMediaPath(url.pathname)) return sendMedia(core, req, res, url.pathname);
      if (url.pathname === '/api/methods' && req.method === 'GET') return send(res, 200, methods);
      if (url.pathname === '/api/events' && req.method === 'GET') return events(res);
      if (url.pathname.startsWith('/api/')) throw new HttpError(404, 'Not found');
      for (const [name, value] of Object.entries(cookieHeaders)) res.setHeader(name, value);
      serveStatic(req, res, url.pathname);
    })().catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError) {
        send(res, err.status, { ok: false, error: { code: codeOf(err.status), message: err.message } });
        return dropRest(req);
      }
      log.error('HTTP request failed', err);
      send(res, 500, {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong; it has been logged' },
      });
    });
  });

  // An upload of a large video over a slow LAN may take longer than Node's default five minutes.
  server.requestTimeout = 30 * 60 * 1000;

  const unsubscribe = core.onEvent((event) => {
    const frame = `event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`;
    for (const client of sseClients) client.write(frame);
  });
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': ping\n\n');
  }, 25_000);
  heartbeat.unref();

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => {
      const { port } = server.address() as AddressInfo;
      const shown =
        bindHost === '0.0.0.0' || bindHost === '::'
          ? '127.0.0.1'
          : bindHost.includes(':')
            ? `[${bindHost}]`
            : bindHost;
      resolve({
        url: `http://${shown}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            clearInterval(heartbeat);
            unsubscribe();
            for (const client of sseClients) client.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
