import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { MediaInfo } from '../../../shared/media.types';
import { damageFile, dumpDatabase, openTestCore, ADMIN_CLIENT, type TestCore } from '../../testing';
import { BACKUPS_KEPT } from '../backups/backup-store';
import { serveMedia } from './media-server';
import { picture, storedItems } from './media-testing';

async function adminCore(): Promise<TestCore> {
  const t = await openTestCore();
  await t.signIn();
  return t;
}

async function store(t: TestCore, bytes: Buffer): Promise<MediaInfo> {
  const result = await t.core.importMedia(Readable.from([bytes]), {}, ADMIN_CLIENT);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const kept = (t: TestCore) => {
  const dir = path.join(t.core.backups.dir, 'media');
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f !== '.tmp')
        .sort()
    : [];
};

async function served(t: TestCore, id: string, variant = ''): Promise<number> {
  return (await serveMedia(t.core.media, { method: 'HEAD', path: `/media/${id}${variant}` })).status;
}

/** Takes a file out of the store by hand, as a careless cleanup of the data folder would. */
function lose(t: TestCore, id: string): void {
  fs.rmSync(t.core.media.dirOf(id), { recursive: true });
}

describe('backups with media', () => {
  it('keep the media the database lists beside the backup, and a restore puts them back', async () => {
    const t = await adminCore();
    const cover = await store(t, await picture('jpeg', 40, 30));
    const { id: titleId } = await t.ok('titles.create', { title: '红岩', cover: cover.id });
    const backup = await t.ok('backups.create', {});
    expect(kept(t)).toEqual([cover.id]);
    const pooled = path.join(t.core.backups.dir, 'media', cover.id);
    expect(fs.readdirSync(pooled).sort()).toEqual(fs.readdirSync(t.core.media.dirOf(cover.id)).sort());

    // After the backup: the cover is taken off and the file deleted.
    await t.ok('titles.update', { id: titleId, cover: null });
    await t.ok('media.delete', { id: cover.id });
    expect(await served(t, cover.id)).toBe(404);

    await t.ok('backups.restore', { name: backup.name });
    await t.signIn();
    expect((await t.ok('catalogue.getTitle', { id: titleId })).cover).toBe(cover.id);
    for (const variant of ['', '/thumb', '/screen']) expect(await served(t, cover.id, variant)).toBe(200);
    expect((await t.ok('media.get', { id: cover.id })).usedBy).toHaveLength(1);
  });

  it('are refused, and nothing changes, when a file the backup lists can be found nowhere', async () => {
    const t = await adminCore();
    const photo = await store(t, await picture('png', 12, 12));
    const backup = await t.ok('backups.create', {});
    fs.rmSync(path.join(t.core.backups.dir, 'media', photo.id), { recursive: true });
    lose(t, photo.id);
    await t.ok('visits.begin', { language: 'en' });
    const before = dumpDatabase(t.dbFile);

    const refused = await t.refused('backups.restore', { name: backup.name });
    expect(refused).toMatchObject({ code: 'backup_invalid', details: { missingMedia: 1 } });
    expect(dumpDatabase(t.dbFile)).toBe(before);
    expect(fs.existsSync(path.join(t.dataDir, 'replaced'))).toBe(false);
    expect(t.core.backups.newestGood()).toBeNull();
  });

  it('are not made while a listed file is missing or damaged: a listed backup is whole', async () => {
    const t = await adminCore();
    const photo = await store(t, await picture('png', 14, 14));
    const original =
      fs.readdirSync(t.core.media.dirOf(photo.id)).find((f) => f.startsWith('original.')) ?? '';
    const file = path.join(t.core.media.dirOf(photo.id), original);
    // Same size, other bytes: only the hash can tell.
    const bytes = fs.readFileSync(file);
    bytes.writeUInt8((bytes.at(-1) ?? 0) ^ 0xff, bytes.length - 1);
    fs.writeFileSync(file, bytes);
    expect((await t.refused('backups.create', {})).code).toBe('internal');
    lose(t, photo.id);
    expect((await t.refused('backups.create', {})).code).toBe('internal');
    expect(t.core.backups.list()).toEqual([]);
    expect(kept(t)).toEqual([]);
  });

  it('keep only the media the kept backups need', async () => {
    const t = await adminCore();
    const first = await store(t, await picture('png', 10, 10, { r: 1, g: 1, b: 1 }));
    await t.ok('backups.create', {});
    await t.ok('media.delete', { id: first.id });
    const second = await store(t, await picture('png', 10, 10, { r: 2, g: 2, b: 2 }));
    for (let i = 0; i < BACKUPS_KEPT.manual; i++) {
      t.clock.advance(60_000);
      await t.ok('backups.create', {});
    }
    // The first backup (the only one listing the first file) has been pruned, and its file with it.
    expect(kept(t)).toEqual([second.id]);
    expect(storedItems(t.dataDir)).toEqual([second.id]);
  });

  it('let the newest whole backup stand in while the database is damaged', async () => {
    const t = await adminCore();
    const photo = await store(t, await picture('png', 11, 11));
    await t.ok('titles.create', { title: '红岩', cover: photo.id });
    for (let i = 0; i < 50; i++) {
      await t.ok('diagnostics.logError', { message: `padding ${i} ${'x'.repeat(900)}` });
      // Error reports are taken ten a minute.
      t.clock.advance(6_000);
    }
    const good = await t.ok('backups.create', {});
    t.core.close();
    damageFile(t.dbFile);
    lose(t, photo.id);
    const again = await openTestCore({ dataDir: t.dataDir, clock: t.clock });
    expect(again.core.damaged.length).toBeGreaterThan(0);
    await again.signIn();
    await again.ok('backups.restore', { name: good.name });
    expect(again.core.damaged).toEqual([]);
    expect(await served(again, photo.id, '/screen')).toBe(200);
  });
});
