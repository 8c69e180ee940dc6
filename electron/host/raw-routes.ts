import type http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { holdsRole, type Download, type Result } from '../shared';
import type { Core } from '../core';
import type { Peer } from '../core/context';
import type { CoreRegistry } from '../core/registry';
import { SECURITY_HEADERS } from '../core/security';
import { HttpError } from './http-error';

export interface RawMethod {
  name: string;
  verb: 'GET' | 'POST';
}

/** The methods with a route of their own (`RawRoute`: content packs), by path. */
export function rawRoutes(registry: CoreRegistry): Map<string, RawMethod[]> {
  const routes = new Map<string, RawMethod[]>();
  for (const [name, { def }] of registry.methods) {
    if (!def.raw) continue;
    routes.set(def.raw.path, [...(routes.get(def.raw.path) ?? []), { name, verb: def.raw.verb }]);
  }
  return routes;
}

const isDownload = (v: unknown): v is Download =>
  typeof v === 'object' && v !== null && 'body' in v && 'fileName' in v && 'contentType' in v;

/** `attachment` with an ASCII fallback and the real (UTF-8) name, as RFC 6266 has it. */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A raw route: the caller's role is checked before a byte of its body is read (a visitor never
 * makes the host receive a pack); the query string is the method's input; a `POST` streams its
 * body to core, a `GET` answers core's file as a download. `false` when the route wants another verb.
 */
export async function serveRaw(
  core: Core,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  methods: readonly RawMethod[],
  client: { id: string; peer: Peer; send(status: number, result: Result<unknown>): void },
): Promise<void> {
  const m = methods.find((x) => x.verb === req.method);
  if (!m) throw new HttpError(405, `${methods.map((x) => x.verb).join(', ')} only`);
  // Browsers cannot add this header to a cross-site form post or a plain link.
  if (req.headers['x-kiosk'] !== '1') throw new HttpError(403, 'Missing X-Kiosk header');
  const def = core.registry.methods.get(m.name)?.def;
  if (!def) throw new HttpError(404, 'Not found');
  if (def.role !== 'visitor') {
    const staff = core.sessions.get(client.id, false);
    if (!staff) throw new HttpError(401, 'Sign in first');
    if (!holdsRole(staff.roles, def.role)) throw new HttpError(403, `This needs the ${def.role} role`);
  }
  const input = Object.fromEntries(url.searchParams);
  const length = req.headers['content-length'];
  const declaredBytes = length !== undefined && /^\d{1,15}$/.test(length) ? Number(length) : undefined;
  const upload =
    m.verb === 'POST' ? { body: req, ...(declaredBytes === undefined ? {} : { declaredBytes }) } : undefined;
  const result = await core.invoke(m.name, input, client.id, client.peer, upload ? { upload } : {});
  const status = result.ok ? 200 : (core.registry.errors.get(result.error.code)?.http ?? 500);
  if (!result.ok || !isDownload(result.value)) return client.send(status, result);
  const file = result.value;
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.contentType,
    'Content-Disposition': disposition(file.fileName),
    'Cache-Control': 'no-store',
  });
  // A client that goes away ends the stream, which closes the files it was reading.
  await pipeline(Readable.from(file.body), res).catch(() => res.destroy());
}
