import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { MediaInfo } from '../../../shared/media.types';
import { ADMIN_CLIENT, openTestCore, tempDir, type TestCore } from '../../testing';
import { glb } from './glb-testing';
import { avSample, picture, storedItems } from './media-testing';

async function adminCore(options: Parameters<typeof openTestCore>[0] = {}): Promise<TestCore> {
  const t = await openTestCore(options);
  await t.signIn();
  return t;
}

/** An upload through core, as the HTTP shell makes it. */
async function store(t: TestCore, bytes: Buffer, name?: string): Promise<MediaInfo> {
  const result = await t.core.importMedia(Readable.from([bytes]), { name: name ?? null }, ADMIN_CLIENT);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('media.list, media.get and media.delete', () => {
  it('lists newest first, paged and by kind, with what uses each file', async () => {
    const t = await adminCore();
    const a = await store(t, await picture('png', 10, 10), 'a.png');
    t.clock.advance(1000);
    const b = await store(t, await picture('jpeg', 20, 10), 'b.jpg');
    t.clock.advance(1000);
    const c = await store(t, await avSample(tempDir(), 'mp3'), 'c.mp3');
    await t.ok('titles.create', { title: '红岩', cover: b.id });

    const all = await t.ok('media.list', {});
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(all.rows[1]).toMatchObject({
      name: 'b.jpg',
      createdBy: 'admin',
      usedBy: [{ area: 'library', kind: 'title', label: '红岩' }],
    });
    const page = await t.ok('media.list', { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1, limit: 1 });
    expect(page.rows.map((r) => r.id)).toEqual([b.id]);
    expect((await t.ok('media.list', { kind: 'audio' })).rows.map((r) => r.id)).toEqual([c.id]);
    expect(await t.ok('media.get', { id: a.id })).toMatchObject({ ...a, usedBy: [] });
    expect((await t.refused('media.get', { id: 'f'.repeat(64) })).code).toBe('not_found');
  });

  it('refuses to delete a file in use, saying by what; deletes it once nothing uses it', async () => {
    const t = await adminCore();
    const photo = await store(t, await picture('png', 16, 16));
    const { id: titleId } = await t.ok('titles.create', { title: '红星照耀中国', cover: photo.id });
    await t.ok('titles.create', { title: '党史', cover: photo.id });

    const refused = await t.refused('media.delete', { id: photo.id });
    expect(refused).toMatchObject({
      code: 'media_in_use',
      details: { usedBy: '红星照耀中国、党史', count: 2 },
    });
    expect(storedItems(t.dataDir)).toEqual([photo.id]);

    await t.ok('titles.update', { id: titleId, cover: null });
    const other = (await t.ok('catalogue.search', { q: '党史' })).rows[0];
    await t.ok('titles.update', { id: other?.id ?? 0, cover: null });
    expect(await t.ok('media.delete', { id: photo.id })).toEqual({ deleted: photo.id });
    expect(storedItems(t.dataDir)).toEqual([]);
    expect((await t.refused('media.get', { id: photo.id })).code).toBe('not_found');
    expect((await t.ok('audit.list', {})).rows[0]).toMatchObject({
      action: 'media.delete',
      entityId: photo.id,
    });
  });

  it('takes only a stored picture as a cover', async () => {
    const t = await adminCore();
    const sound = await store(t, await avSample(tempDir(), 'mp3'));
    for (const cover of ['0'.repeat(64), sound.id]) {
      expect(await t.refused('titles.create', { title: '无封面', cover })).toMatchObject({
        code: 'not_found',
        details: { what: 'cover' },
      });
    }
    expect((await t.refused('titles.create', { title: '旧路径', cover: 'covers/12.jpg' })).code).toBe(
      'invalid_input',
    );
  });

  it('is for staff of any role', async () => {
    const t = await adminCore();
    await t.ok('staff.create', { staffNo: 'v1', name: '场馆', roles: ['venue_staff'], pin: '135790' });
    await t.signIn('test:venue', 'v1', '135790');
    expect((await t.ok('media.list', {}, 'test:venue')).total).toBe(0);
    expect((await t.refused('media.list', {}, 'test:nobody')).code).toBe('unauthenticated');
    const upload = await t.core.importMedia(Readable.from([Buffer.from('x')]), {}, 'test:nobody');
    expect(!upload.ok && upload.error.code).toBe('unauthenticated');
  });
});

describe('a 3D model in the store', () => {
  it('is kept as uploaded, as `model`, once checked; a broken one is refused and nothing is stored', async () => {
    const t = await adminCore();
    const bytes = glb();
    const info = await store(t, bytes, 'centre.glb');
    expect(info).toMatchObject({
      kind: 'model',
      type: 'model/gltf-binary',
      bytes: bytes.length,
      variants: [],
    });
    expect(fs.readFileSync(path.join(t.dataDir, 'media', info.id, 'original.glb'))).toEqual(bytes);
    expect((await t.ok('media.list', { kind: 'model' })).rows.map((r) => r.id)).toEqual([info.id]);

    const upload = (b: Buffer, accept?: ('image' | 'model')[]) =>
      t.core.importMedia(Readable.from([b]), { ...(accept ? { accept } : {}) }, ADMIN_CLIENT);
    const external = await upload(glb({ bufferUri: 'centre.bin' }));
    expect(!external.ok && external.error).toMatchObject({
      code: 'media_model_external',
      details: { uri: 'centre.bin' },
    });
    const draco = await upload(glb({ extensionsRequired: ['KHR_draco_mesh_compression'] }));
    expect(!draco.ok && draco.error.code).toBe('media_model_extension');
    const cut = await upload(bytes.subarray(0, bytes.length - 4));
    expect(!cut.ok && cut.error.code).toBe('media_model_malformed');
    // Where a picture is wanted, a model will not do, and the other way round.
    const notWanted = await upload(glb({ nodes: 2 }), ['image']);
    expect(!notWanted.ok && notWanted.error.code).toBe('media_unknown_type');
    const picture2 = await upload(await picture('png', 8, 8), ['model']);
    expect(!picture2.ok && picture2.error.code).toBe('media_unknown_type');
    expect(storedItems(t.dataDir)).toEqual([info.id]);
  });

  it('over 40 MB is refused as too large, from its declared length', async () => {
    const t = await adminCore();
    const result = await t.core.importMedia(
      Readable.from([glb()]),
      { declaredBytes: 40 * 1024 * 1024 + 1 },
      ADMIN_CLIENT,
    );
    expect(!result.ok && result.error).toMatchObject({ code: 'media_too_large' });
  });
});

describe('media.importFile', () => {
  it("reads the file the shell's dialog chose, where it lies", async () => {
    const dir = tempDir();
    const file = path.join(dir, '封面 照片.png');
    fs.writeFileSync(file, await picture('png', 24, 12));
    const asked: unknown[] = [];
    let answer: string | null = file;
    const t = await adminCore({
      shell: {
        chooseFile: (kinds) => {
          asked.push(kinds);
          return Promise.resolve(answer);
        },
      },
    });
    const info = await t.ok('media.importFile', { kinds: ['image'] });
    expect(info).toMatchObject({ kind: 'image', type: 'image/png', width: 24, height: 12 });
    expect(asked).toEqual([['image']]);
    expect((await t.ok('media.get', { id: info?.id ?? '' })).name).toBe('封面 照片.png');

    answer = null;
    expect(await t.ok('media.importFile', {})).toBeNull();
    expect(asked[1]).toEqual(['image', 'video', 'audio', 'model']);

    answer = path.join(dir, 'song.mp3');
    fs.writeFileSync(answer, await avSample(dir, 'mp3'));
    expect((await t.refused('media.importFile', { kinds: ['image'] })).code).toBe('media_unknown_type');
    expect((await t.ok('media.list', {})).total).toBe(1);
  });

  it('is refused where the shell has no dialog', async () => {
    const t = await adminCore();
    expect((await t.refused('media.importFile', { kinds: ['image'] })).code).toBe('not_kiosk');
  });
});
