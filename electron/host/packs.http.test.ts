import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../shared';
import type { DeskExhibition, DraftExhibition, PackImportReport } from '../shared/exhibitions.types';
import { ADMIN_CLIENT, STAFF_PIN } from '../core/testing';
import { avSample, leftInTmp, picture } from '../core/platform/media/media-testing';
import { parkHistory } from '../core/features/exhibitions/exhibitions-test-kit';
import { entriesOf, rawZip, unzip, type RawEntry } from '../core/features/exhibitions/packs/pack-testing';
import { CookieJar, rawRequest, startTestHost, type TestHost } from './host-testing';

interface Centre {
  h: TestHost;
  curator: CookieJar;
  librarian: CookieJar;
}

async function invoke<T>(h: TestHost, jar: CookieJar, method: string, input: unknown): Promise<Result<T>> {
  const res = await fetch(`${h.url}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', ...jar.header() },
    body: JSON.stringify({ method, input }),
  });
  jar.take(res);
  return (await res.json()) as Result<T>;
}

async function value<T>(h: TestHost, jar: CookieJar, method: string, input: unknown): Promise<T> {
  const r = await invoke<T>(h, jar, method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A centre on a data folder of its own, with a curator and a librarian signed in over HTTP. */
async function centre(): Promise<Centre> {
  const h = await startTestHost();
  await h.t.signIn();
  const jars: CookieJar[] = [];
  for (const [staffNo, roles] of [
    ['cur1', ['curator']],
    ['lib1', ['librarian']],
  ] as const) {
    await h.t.ok('staff.create', { staffNo, name: staffNo, roles: [...roles], pin: STAFF_PIN });
    const jar = new CookieJar();
    await value(h, jar, 'auth.signIn', { staffNo, pin: STAFF_PIN });
    jars.push(jar);
  }
  const [curator, librarian] = jars as [CookieJar, CookieJar];
  return { h, curator, librarian };
}

async function download(
  c: Centre,
  ids: string,
  jar: CookieJar | null = c.curator,
  headers = { 'X-Kiosk': '1' },
) {
  const res = await fetch(`${c.h.url}/api/packs/exhibitions?ids=${ids}`, {
    headers: { ...headers, ...(jar ? jar.header() : {}) },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function sendPack(c: Centre, zip: Buffer, jar: CookieJar = c.curator) {
  const res = await fetch(`${c.h.url}/api/packs`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/zip', 'X-Kiosk': '1', ...jar.header() },
    body: new Uint8Array(zip),
  });
  return { status: res.status, body: (await res.json()) as Result<PackImportReport> };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let a: Centre;
let b: Centre;
let exported: Buffer;
let sourceId: number;

beforeAll(async () => {
  a = await centre();
  b = await centre();
  const dir = a.h.t.dataDir;
  const store = async (bytes: Buffer, name: string) => {
    const r = await a.h.t.core.importMedia(Readable.from([bytes]), { name }, ADMIN_CLIENT);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const photos = [
    await store(await picture('jpeg', 64, 48, { r: 200, g: 30, b: 40 }), '厂房.jpg'),
    await store(await picture('png', 48, 64, { r: 20, g: 130, b: 40 }), 'b.png'),
  ];
  const video = await store(await avSample(dir, 'webm'), 'v.webm');
  const draft = parkHistory({ photos, video });
  const first = draft.sections[0];
  if (!first) throw new Error('no section');
  // A link to a book of this centre means nothing elsewhere; one to an exhibit of the pack does.
  first.exhibits[0]?.links.push({ area: 'library', kind: 'title', id: '1' });
  sourceId = (await value<{ id: number }>(a.h, a.curator, 'exhibitions.save', draft)).id;
}, 60_000);
afterAll(async () => {
  await a.h.close();
  await b.h.close();
});

describe('GET /api/packs/exhibitions', () => {
  it('downloads the drafts and their original files as one zip with a versioned manifest', async () => {
    const { res, bytes } = await download(a, String(sourceId));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename=".*\.zip"; filename\*=UTF-8''/,
    );
    exported = bytes;
    const entries = await unzip(bytes);
    const manifest = JSON.parse(entries.get('manifest.json')?.toString('utf8') ?? '') as {
      format: string;
      version: number;
      media: { sha256: string; bytes: number; kind: string }[];
    };
    expect(manifest).toMatchObject({ format: 'hongyi.exhibitions-pack', version: 1 });
    expect(manifest.media.map((m) => m.kind).sort()).toEqual(['image', 'video']);
    for (const m of manifest.media) {
      const data = entries.get(`media/${m.sha256}`);
      expect(data && sha(data)).toBe(m.sha256);
      expect(data?.length).toBe(m.bytes);
    }
    // Originals only: no thumbnails or screen sizes travel.
    expect([...entries.keys()].filter((n) => n !== 'manifest.json').length).toBe(manifest.media.length);
  });

  it('is for curators: a librarian and a visitor are refused, and a request without X-Kiosk', async () => {
    expect((await download(a, String(sourceId), a.librarian)).res.status).toBe(403);
    expect((await download(a, String(sourceId), null)).res.status).toBe(401);
    expect((await download(a, String(sourceId), a.curator, { 'X-Kiosk': '0' })).res.status).toBe(403);
    const bad = await download(a, 'x');
    expect(bad.res.status).toBe(400);
    const codeIn = (bytes: Buffer) => {
      const r = JSON.parse(bytes.toString()) as Result<unknown>;
      return r.ok ? 'ok' : r.error.code;
    };
    expect(codeIn(bad.bytes)).toBe('invalid_input');
    expect(codeIn((await download(a, '999')).bytes)).toBe('exhibition_not_found');
  });

  it('is listed in /api/methods with its route, and refused through /api/invoke', async () => {
    const methods = (await (await fetch(`${a.h.url}/api/methods`)).json()) as {
      name: string;
      http?: string;
    }[];
    expect(methods.find((m) => m.name === 'exhibitions.exportPack')?.http).toBe('GET /api/packs/exhibitions');
    expect(methods.find((m) => m.name === 'exhibitions.importPack')?.http).toBe('POST /api/packs');
    const r = await invoke(a.h, a.curator, 'exhibitions.exportPack', { ids: String(sourceId) });
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid_input');
  });
});

describe('POST /api/packs', () => {
  // First, on a centre that has no exhibition and no file yet: a refused pack leaves none.
  describe('refuses a pack that is not one, and imports nothing of it', () => {
    const sound = async () => entriesOf(exported);
    const manifestOf = (entries: RawEntry[]) =>
      JSON.parse(entries.find((e) => e.name === 'manifest.json')?.data.toString('utf8') ?? '{}') as Record<
        string,
        unknown
      > & {
        media: { sha256: string }[];
      };
    const withManifest = (entries: RawEntry[], m: unknown) =>
      entries.map((e) => (e.name === 'manifest.json' ? { ...e, data: Buffer.from(JSON.stringify(m)) } : e));

    const exhibitsOf = (m: Record<string, unknown>) =>
      (m as unknown as { exhibitions: { draft: DraftExhibition }[] }).exhibitions.flatMap((e) =>
        e.draft.sections.flatMap((s) => s.exhibits),
      );
    const cases: [string, () => Promise<Buffer>, string, number][] = [
      [
        'a date no save would take (no file stored either)',
        async () => {
          const e = await sound();
          const m = manifestOf(e);
          const first = exhibitsOf(m)[0];
          if (first) first.date = '去年春天';
          return rawZip(withManifest(e, m));
        },
        'exhibit_date_unreadable',
        400,
      ],
      [
        'a photo exhibit showing a video',
        async () => {
          const e = await sound();
          const m = manifestOf(e);
          const [photo, video] = exhibitsOf(m);
          if (photo && video) photo.media = video.media;
          return rawZip(withManifest(e, m));
        },
        'exhibit_media_wrong_kind',
        422,
      ],
      ['not a zip', () => Promise.resolve(Buffer.from('PK? not at all')), 'pack_not_zip', 400],
      [
        'a ../ entry',
        async () => rawZip([...(await sound()), { name: '../../evil.sh', data: Buffer.from('x') }]),
        'pack_entry_unsafe',
        400,
      ],
      [
        'an absolute entry',
        async () => rawZip([...(await sound()), { name: '/etc/cron.d/x', data: Buffer.from('x') }]),
        'pack_entry_unsafe',
        400,
      ],
      [
        'a backslash entry',
        async () => rawZip([...(await sound()), { name: 'media\\..\\x', data: Buffer.from('x') }]),
        'pack_entry_unsafe',
        400,
      ],
      [
        'two entries of one name',
        async () => {
          const e = await sound();
          return rawZip([...e, e[1] as RawEntry]);
        },
        'pack_entry_duplicate',
        400,
      ],
      [
        'a zip bomb',
        async () =>
          rawZip([
            ...(await sound()),
            { name: `media/${'a'.repeat(64)}`, data: Buffer.alloc(20 * 1024 * 1024), deflate: true },
          ]),
        'pack_bomb',
        422,
      ],
      [
        'a manifest that lies about its size',
        async () => {
          const e = await sound();
          return rawZip(
            e.map((x) =>
              x.name === 'manifest.json'
                ? {
                    name: x.name,
                    data: Buffer.concat([x.data, Buffer.alloc(2_000_000, 32)]),
                    deflate: true,
                    announced: x.data.length,
                  }
                : x,
            ),
          );
        },
        'pack_bomb',
        422,
      ],
      [
        'no manifest',
        async () => rawZip((await sound()).filter((e) => e.name !== 'manifest.json')),
        'pack_manifest_missing',
        400,
      ],
      [
        'a newer manifest version',
        async () => {
          const e = await sound();
          return rawZip(withManifest(e, { ...manifestOf(e), version: 2 }));
        },
        'pack_version_newer',
        422,
      ],
      [
        'a malformed manifest',
        async () => {
          const e = await sound();
          return rawZip(withManifest(e, { ...manifestOf(e), exhibitions: 'none' }));
        },
        'pack_manifest_unreadable',
        400,
      ],
      [
        'a manifest that is not JSON',
        async () => {
          const e = await sound();
          return rawZip(
            e.map((x) => (x.name === 'manifest.json' ? { ...x, data: Buffer.from('{ "format":') } : x)),
          );
        },
        'pack_manifest_unreadable',
        400,
      ],
      ['a missing file', async () => rawZip((await sound()).slice(0, -1)), 'pack_media_missing', 400],
      [
        'a file that does not match its checksum',
        async () => {
          const e = await sound();
          return rawZip(
            e.map((x, i) =>
              i === e.length - 1
                ? {
                    ...x,
                    data: Buffer.concat([x.data.subarray(0, -1), Buffer.from([x.data.at(-1) === 0 ? 1 : 0])]),
                  }
                : x,
            ),
          );
        },
        'pack_checksum_mismatch',
        400,
      ],
    ];

    it.each(cases)('%s', async (_what, make, code, status) => {
      const before = await value<DeskExhibition[]>(b.h, b.curator, 'exhibitions.drafts', {});
      const media = await value<{ total: number }>(b.h, b.curator, 'media.list', {});
      const answer = await sendPack(b, await make());
      expect(answer.body.ok ? 'ok' : answer.body.error.code).toBe(code);
      expect(answer.status).toBe(status);
      expect(await value<DeskExhibition[]>(b.h, b.curator, 'exhibitions.drafts', {})).toEqual(before);
      expect((await value<{ total: number }>(b.h, b.curator, 'media.list', {})).total).toBe(media.total);
      expect(media.total).toBe(0);
      expect(leftInTmp(b.h.t.dataDir)).toEqual([]);
    });
  });

  it('imports on a second data folder the same exhibition, as a draft, with every file', async () => {
    const { status, body } = await sendPack(b, exported);
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    expect(status).toBe(200);
    const report = body.value;
    expect(report.exhibitions).toHaveLength(1);
    expect(report.media).toEqual({ added: 2, known: 0 });
    expect(report.renamed).toEqual([]);
    expect(report.refused).toEqual([
      expect.objectContaining({ reason: 'link_not_portable', target: 'library/title/1' }),
    ]);
    const id = report.exhibitions[0]?.id ?? 0;
    const source = await value<Record<string, unknown>>(a.h, a.curator, 'exhibitions.draft', {
      id: sourceId,
    });
    const copy = await value<Record<string, unknown>>(b.h, b.curator, 'exhibitions.draft', { id });
    // The same drafts but the link to a book of the other centre, which is left out.
    const expected = structuredClone(source) as unknown as DraftExhibition;
    for (const sec of expected.sections)
      for (const x of sec.exhibits) x.links = x.links.filter((l) => l.area !== 'library');
    expect({ ...copy, id: 0 }).toEqual({ ...expected, id: 0 });
    // A draft, waiting to be submitted: visitors see nothing of it.
    const desk = await value<DeskExhibition[]>(b.h, b.curator, 'exhibitions.drafts', {});
    expect(desk.map((d) => [d.id, d.publishing.state, d.publishing.liveVersion])).toEqual([
      [id, 'draft', null],
    ]);
    expect(await value<unknown[]>(b.h, new CookieJar(), 'exhibitions.list', {})).toEqual([]);
    // Every file, byte for byte, with its variants made anew.
    const files = (await unzip(exported)).entries();
    for (const [name, data] of files) {
      if (!name.startsWith('media/')) continue;
      const res = await fetch(`${b.h.url}/media/${name.slice(6)}`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(data);
    }
    expect(leftInTmp(b.h.t.dataDir)).toEqual([]);
  });

  it('imports the same pack again with new ids and new uids where this centre has them', async () => {
    const { body } = await sendPack(b, exported);
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    expect(body.value.media).toEqual({ added: 0, known: 2 });
    expect(body.value.renamed.map((r) => r.what).sort()).toEqual([
      'exhibit',
      'exhibit',
      'exhibit',
      'exhibition',
      'section',
    ]);
    const desk = await value<DeskExhibition[]>(b.h, b.curator, 'exhibitions.drafts', {});
    expect(desk).toHaveLength(2);
  });

  it('refuses a pack announced larger than a pack may be before reading it', async () => {
    const answer = await rawRequest(b.h.host.port, {
      method: 'POST',
      path: '/api/packs',
      headers: {
        Host: `127.0.0.1:${b.h.host.port}`,
        'Content-Type': 'application/zip',
        'X-Kiosk': '1',
        'Content-Length': String(5 * 1024 ** 3),
        ...b.curator.header(),
      },
      body: Buffer.from('PK'),
    });
    const body = JSON.parse(answer.body) as Result<unknown>;
    expect([answer.status, body.ok ? 'ok' : body.error.code]).toEqual([413, 'pack_too_large']);
    expect(leftInTmp(b.h.t.dataDir)).toEqual([]);
  });

  it('is for curators: a librarian is refused before the pack is read', async () => {
    const { status, body } = await sendPack(b, exported, b.librarian);
    expect(status).toBe(403);
    expect(body.ok ? 'ok' : body.error.code).toBe('forbidden');
    const r = await invoke(b.h, b.curator, 'exhibitions.importPack', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('invalid_input');
  });
});
