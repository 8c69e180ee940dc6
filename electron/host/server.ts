import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { holdsRole, type Result } from '../shared';
import type { Core } from '../core';
import type { Peer } from '../core/context';
import { boundedLogger, type Logger } from '../core/log';
import { isMediaPath } from '../core/platform/media/media-server';
import type { CoreRegistry } from '../core/registry';
import type { HubAddress } from '../shared/devices.api';
import { BODY_LIMIT, IMPORT_BODY_LIMIT, MIME, SECURITY_HEADERS } from '../core/security';
import { discardRest, readBodyWithin } from './body';
import { ClientTokens } from './client-token';
import { EventStreams } from './event-streams';
import { hubUrls, LOOPBACK_NAMES, servedNames, WILDCARD } from './host-names';
import { HttpError } from './http-error';
import { receiveUpload, sendMedia } from './media-routes';
import { rawRoutes, serveRaw } from './raw-routes';

export interface HostLimits {
  /** Event streams one device may hold open (browsers hold about six connections per host anyway). */
  eventStreamsPerClient: number;
  /** Event streams from the LAN in all (the hub's own screen is not counted). */
  eventStreams: number;
  /** Time to receive a request's headers (slow-header clients are cut off with 408). */
  headersTimeout: number;
  /** Time to receive the body of an API call: a 50 MB import over a slow LAN fits. */
  bodyTimeout: number;
  /**
   * Time to receive any whole request: a large video uploaded by staff over a slow LAN (media
   * uploads are streamed to disk, never held; anonymous ones are refused before their body).
   */
  requestTimeout: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeout: number;
  /** How long the rest of a refused body is read and dropped before its connection is cut. */
  discardTimeout: number;
  /** How often the timeouts above are checked. */
  connectionsCheckingInterval: number;
}

export const DEFAULT_LIMITS: HostLimits = {
  eventStreamsPerClient: 6,
  eventStreams: 100,
  headersTimeout: 10_000,
  bodyTimeout: 120_000,
  requestTimeout: 30 * 60_000,
  keepAliveTimeout: 5_000,
  discardTimeout: 2_000,
  connectionsCheckingInterval: 2_000,
};

export interface HostOptions {
  core: Core;
  /** The renderer build (index.html and assets). */
  staticDir: string;
  host?: string;
  port?: number;
  /** Names the centre reaches the host by on its LAN (`--name`), besides its addresses. */
  names?: readonly string[];
  limits?: Partial<HostLimits>;
  /** LAN mode: HTTPS only, with the hub's certificate (`tls.ts`); screens on the LAN pair. */
  tls?: { key: string; cert: string; fingerprint: string };
  log: Logger;
}

export interface RunningHost {
  /** Where the host listens (`Listening on …`). */
  url: string;
  /** What the hub's own screen opens: loopback, where it needs no pairing. */
  screenUrl: string;
  port: number;
  /** Where screens on the LAN open the hub, and its certificate's fingerprint; null without TLS. */
  lan: HubAddress | null;
  close(): Promise<void>;
}

const COOKIE = 'hongyi_client';
/** A paired screen's token. Browsers keep a cookie 400 days at most: it is set again on each start. */
const DEVICE_COOKIE = 'hongyi_device';
const DEVICE_MAX_AGE = 400 * 24 * 60 * 60;

function cookieValue(req: http.IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === name && v) return v;
  }
  return null;
}

/**
 * The hub's own screen is a browser on 127.0.0.1 or ::1; anything else is a device on the LAN,
 * named by its device cookie once paired (core checks the cookie).
 */
function peerOf(req: http.IncomingMessage): Peer {
  const address = (req.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  const screen = address === '127.0.0.1' || address === '::1';
  const deviceToken = screen ? null : cookieValue(req, DEVICE_COOKIE);
  return { screen, address, ...(deviceToken ? { deviceToken } : {}) };
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

/**
 * Every method with its role and its input as JSON Schema, for scripts and other terminals; a
 * method with a route of its own says where (`http`: `POST /api/packs`, its input the query string).
 */
function describeMethods(registry: CoreRegistry) {
  return [...registry.methods].map(([name, { def }]) => ({
    name,
    role: def.role,
    input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    ...(def.raw ? { http: `${def.raw.verb} ${def.raw.path}` } : {}),
  }));
}

/**
 * The HTTP shell: the renderer build and `POST /api/invoke` over the same core as Electron's IPC.
 * Bound to loopback unless a host is given; answers only to the names it serves, in every mode.
 * Answers never carry a stack trace or SQL.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { core } = options;
  const log = boundedLogger(options.log);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bindHost = options.host ?? '127.0.0.1';
  const serves = servedNames(bindHost, options.names);
  const staticRoot = path.resolve(options.staticDir);
  const streams = new EventStreams({ perDevice: limits.eventStreamsPerClient, total: limits.eventStreams });
  const tokens = new ClientTokens();
  const methods = describeMethods(core.registry);
  const raw = rawRoutes(core.registry);
  // Over HTTPS every cookie is Secure: a screen never sends one in the clear.
  const secure = options.tls ? '; Secure' : '';
  const cookieOf = (token: string) => `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict${secure}`;
  const deviceCookieOf = (token: string) =>
    `${DEVICE_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${DEVICE_MAX_AGE}${secure}`;
  /** The hub's own screen, or a paired screen on the LAN (checked again on every request). */
  const paired = (peer: Peer) =>
    peer.screen ||
    (peer.deviceToken !== undefined && core.identifyDevice(peer.deviceToken, peer.address) !== null);
  const unpaired = () => new HttpError(403, 'Pair this screen with the hub first', 'device_unpaired');
  // Each error code declares its HTTP status with the area that owns it.
  const statusOf = (result: Result<unknown>) =>
    result.ok ? 200 : (core.registry.errors.get(result.error.code)?.http ?? 500);

  const send = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string | string[]> = {},
  ) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(JSON.stringify(body));
  };

  /**
   * The body limit of a call, known before its body is read: 1 MB, or an import's limit when the
   * URL names an import method (`?method=catalogue.import`) and the client's session may call it.
   * A visitor can therefore never make the host hold more than 1 MB of one request.
   */
  const bodyLimit = (named: string | null, clientId: string): number => {
    const def = named === null ? undefined : core.registry.methods.get(named)?.def;
    if (def?.limit !== 'import') return BODY_LIMIT;
    const staff = core.sessions.get(clientId, false);
    if (!staff) throw new HttpError(401, 'Sign in first');
    if (!holdsRole(staff.roles, def.role)) throw new HttpError(403, `This needs the ${def.role} role`);
    return IMPORT_BODY_LIMIT;
  };

  const invoke = async (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: URL,
    client: { token: string; cookie: Record<string, string>; peer: Peer },
  ) => {
    // Browsers cannot add this header to a cross-site form post or a simple request.
    if (req.headers['x-kiosk'] !== '1') throw new HttpError(403, 'Missing X-Kiosk header');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      throw new HttpError(415, 'Send application/json');
    }
    const named = url.searchParams.get('method');
    const raw = await readBodyWithin(req, bodyLimit(named, `http:${client.token}`), limits.bodyTimeout);
    let parsed: z.infer<typeof envelope>;
    try {
      parsed = envelope.parse(JSON.parse(raw.toString('utf8')));
    } catch {
      throw new HttpError(400, 'The body must be JSON: { method, input }');
    }
    if (named !== null && named !== parsed.method)
      throw new HttpError(400, 'The URL and the body name different methods');
    if (parsed.method === 'devices.pair') {
      const result = await core.invoke(parsed.method, parsed.input, `http:${client.token}`, client.peer);
      if (!result.ok) return send(res, statusOf(result), result, client.cookie);
      // The token goes into an HttpOnly cookie only: the page, and any script on it, never sees it.
      const { device, token } = result.value as { device: unknown; token: string };
      const cookies = [client.cookie['Set-Cookie'], deviceCookieOf(token)].filter((c) => c !== undefined);
      return send(res, 200, { ok: true, value: { device } }, { 'Set-Cookie': cookies });
    }
    if (parsed.method !== 'auth.signIn') {
      const result = await core.invoke(parsed.method, parsed.input, `http:${client.token}`, client.peer);
      return send(res, statusOf(result), result, client.cookie);
    }
    // A session always starts on a token made for it: whoever knew the token before (a planted
    // cookie, a shared screen) is not signed in with it.
    const fresh = tokens.issue();
    const result = await core.invoke(parsed.method, parsed.input, `http:${fresh}`, client.peer);
    if (!result.ok) return send(res, statusOf(result), result, client.cookie);
    core.sessions.signOut(`http:${client.token}`);
    send(res, 200, result, { 'Set-Cookie': cookieOf(fresh) });
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

  const serverOptions = {
    headersTimeout: limits.headersTimeout,
    requestTimeout: limits.requestTimeout,
    connectionsCheckingInterval: limits.connectionsCheckingInterval,
  };
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://host');
    void (async () => {
      // DNS rebinding: a name the host does not serve is refused, whatever it is bound to.
      if (!serves(req.headers.host)) throw new HttpError(421, 'Wrong host');
      const peer = peerOf(req);
      let token = cookieValue(req, COOKIE);
      const cookie: Record<string, string> = {};
      if (!token || !tokens.isOurs(token)) {
        token = tokens.issue();
        cookie['Set-Cookie'] = cookieOf(token);
      }
      if (url.pathname === '/api/invoke') {
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        return invoke(req, res, url, { token, cookie, peer });
      }
      if (url.pathname === '/api/media') {
        if (req.method !== 'POST') throw new HttpError(405, 'POST only');
        if (!paired(peer)) throw unpaired();
        if (req.headers['x-kiosk'] !== '1') throw new HttpError(403, 'Missing X-Kiosk header');
        // Streamed into the media store, within the media settings' own size limits.
        const { status, result } = await receiveUpload(core, req, url, `http:${token}`);
        send(res, status, result, cookie);
        return discardRest(req, limits.discardTimeout);
      }
      const route = raw.get(url.pathname);
      if (route) {
        if (!paired(peer)) throw unpaired();
        const reply = (status: number, result: Result<unknown>) => send(res, status, result, cookie);
        await serveRaw(core, req, res, url, route, { id: `http:${token}`, peer, send: reply });
        return discardRest(req, limits.discardTimeout);
      }
      const api = url.pathname.startsWith('/api/') || isMediaPath(url.pathname);
      // An unpaired device gets the renderer (which shows it the pairing page) and nothing else.
      if (api && !paired(peer)) throw unpaired();
      if (isMediaPath(url.pathname)) return sendMedia(core, req, res, url.pathname);
      if (url.pathname === '/api/methods' && req.method === 'GET') return send(res, 200, methods);
      if (url.pathname === '/api/events' && req.method === 'GET') return streams.accept(res, peer);
      if (api) throw new HttpError(404, 'Not found');
      const page = url.pathname === '/' || url.pathname === '/pair';
      // A paired screen's cookie is renewed each time it starts, so it never runs out.
      if (page && peer.deviceToken && paired(peer))
        res.appendHeader('Set-Cookie', deviceCookieOf(peer.deviceToken));
      for (const [name, value] of Object.entries(cookie)) res.appendHeader(name, value);
      serveStatic(req, res, page ? '/' : url.pathname);
    })().catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      // A body refused before its end is not read on: the client gets its answer, then is cut off.
      discardRest(req, limits.discardTimeout);
      if (err instanceof HttpError)
        return send(res, err.status, { ok: false, error: { code: err.code, message: err.message } });
      log.error('HTTP request failed', err);
      send(res, 500, {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong; it has been logged' },
      });
    });
  };
  const makeServer = (): http.Server =>
    options.tls
      ? https.createServer({ ...serverOptions, key: options.tls.key, cert: options.tls.cert }, handle)
      : http.createServer(serverOptions, handle);
  const server = makeServer();
  server.keepAliveTimeout = limits.keepAliveTimeout;

  const unsubscribe = core.onEvent((event) => {
    streams.send(`event: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`);
    // A screen unpaired (or gone with a restored database) loses its stream at once.
    if (
      event.name === 'database.restored' ||
      (event.name === 'data.changed' && event.data.domain === 'devices')
    )
      streams.closeWhere((peer) => !paired(peer));
  });
  const heartbeat = setInterval(() => streams.send(': ping\n\n'), 25_000);
  heartbeat.unref();

  const listen = (srv: http.Server, port: number, address: string) =>
    new Promise<number>((resolve, reject) => {
      srv.once('error', reject);
      srv.listen(port, address, () => resolve((srv.address() as AddressInfo).port));
    });
  // Bound to one LAN address, the hub also answers on 127.0.0.1 at the same port: its own screen
  // is a browser on loopback and needs no pairing.
  const ownScreen =
    options.tls && !LOOPBACK_NAMES.has(bindHost) && !WILDCARD.has(bindHost) ? makeServer() : null;
  const servers = ownScreen ? [server, ownScreen] : [server];

  let port: number;
  try {
    port = await listen(server, options.port ?? 0, bindHost);
    if (ownScreen) {
      ownScreen.keepAliveTimeout = limits.keepAliveTimeout;
      await listen(ownScreen, port, '127.0.0.1');
    }
  } catch (err) {
    clearInterval(heartbeat);
    unsubscribe();
    server.close();
    throw err;
  }
  const scheme = options.tls ? 'https' : 'http';
  const shown = WILDCARD.has(bindHost) ? '127.0.0.1' : bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return {
    url: `${scheme}://${shown}:${port}`,
    screenUrl: `${scheme}://${ownScreen ? '127.0.0.1' : shown}:${port}`,
    port,
    lan: options.tls
      ? { urls: hubUrls(bindHost, options.names ?? [], port), fingerprint: options.tls.fingerprint }
      : null,
    close: async () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.endAll();
      await Promise.all(
        servers.map(
          (srv) =>
            new Promise<void>((done) => {
              srv.close(() => done());
              srv.closeAllConnections();
            }),
        ),
      );
    },
  };
}
