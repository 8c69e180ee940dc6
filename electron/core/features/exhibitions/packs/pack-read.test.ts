import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK_FORMAT } from '../../../../shared/exhibitions.types';
import { DomainError } from '../../../errors';
import { tempDir } from '../../../testing';
import { PACK_LIMITS, checkPack, unsafeName, type PackLimits } from './pack-read';
import { rawZip, type RawEntry } from './pack-testing';

const photo = Buffer.from('not really a jpeg, but bytes with a checksum');
const sha = createHash('sha256').update(photo).digest('hex');
const zh = (s: string) => ({ 'zh-CN': s, 'zh-TW': null, en: null });

function manifest(over: Record<string, unknown> = {}) {
  const exhibit = {
    type: 'photo',
    title: zh('老厂房'),
    caption: null,
    body: null,
    date: '1994',
    place: null,
    people: null,
    credit: null,
    tags: [],
    media: [{ mediaId: sha, caption: null }],
    subtitles: null,
    links: [],
  };
  const draft = {
    title: zh('园区'),
    subtitle: null,
    intro: null,
    coverMediaId: null,
    sections: [{ title: zh('创业'), intro: null, period: null, exhibits: [exhibit] }],
  };
  return {
    format: PACK_FORMAT,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    exhibitions: [{ uid: randomUUID(), draft }],
    media: [{ sha256: sha, bytes: photo.length, kind: 'image', mime: 'image/jpeg', name: 'a.jpg' }],
    ...over,
  };
}

const good = (): RawEntry[] => [
  { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest())), deflate: true },
  { name: `media/${sha}`, data: photo },
];

async function check(entries: RawEntry[], limits: Partial<PackLimits> = {}) {
  const dir = tempDir();
  const file = path.join(dir, 'pack.zip');
  fs.writeFileSync(file, rawZip(entries));
  const work = path.join(dir, 'work');
  fs.mkdirSync(work);
  return { result: await checkPack(file, work, { ...PACK_LIMITS, ...limits }), work };
}

async function refusal(entries: RawEntry[], limits: Partial<PackLimits> = {}) {
  const err = await check(entries, limits).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof DomainError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return { code: err.code, details: err.details };
}

describe('checkPack', () => {
  it('reads a sound pack: its manifest, and each file unpacked and verified', async () => {
    const { result, work } = await check(good());
    expect(result.manifest.exhibitions[0]?.draft.title['zh-CN']).toBe('园区');
    expect(fs.readFileSync(result.files.get(sha) ?? '')).toEqual(photo);
    expect(fs.readdirSync(work)).toEqual([sha]);
  });

  it('refuses names that lead outside a folder, whatever they are', async () => {
    for (const name of [
      '../evil',
      'media/../../x',
      '/etc/passwd',
      'C:/x',
      'media\\x',
      'a//b',
      './manifest.json',
    ]) {
      expect(unsafeName(name), name).toBe(true);
      expect(await refusal([...good(), { name, data: photo }])).toMatchObject({
        code: 'pack_entry_unsafe',
        details: { entry: name },
      });
    }
    expect(unsafeName(`media/${sha}`)).toBe(false);
  });

  it('holds a pack to its limits: total size and entry count as announced, and the ratio', async () => {
    expect(await refusal(good(), { totalBytes: 100 })).toMatchObject({
      code: 'pack_bomb',
      details: { limit: 'bytes' },
    });
    expect(await refusal(good(), { entries: 1 })).toMatchObject({
      code: 'pack_bomb',
      details: { limit: 'entries' },
    });
    const zeros = Buffer.alloc(5 * 1024 * 1024);
    const bomb = { name: `media/${'0'.repeat(64)}`, data: zeros, deflate: true };
    expect(await refusal([...good(), bomb])).toMatchObject({
      code: 'pack_bomb',
      details: { limit: 'ratio' },
    });
  });

  it('counts what it unpacks rather than trusting the headers', async () => {
    // The manifest says it unpacks to 40 bytes (under every limit); it unpacks to 3 MB.
    const text = JSON.stringify(manifest({ createdAt: 'x'.repeat(39) })) + ' '.repeat(3_000_000);
    const liar = { name: 'manifest.json', data: Buffer.from(text), deflate: true, announced: 40 };
    expect(await refusal([liar, { name: `media/${sha}`, data: photo }])).toMatchObject({
      code: 'pack_bomb',
      details: { limit: 'bytes' },
    });
    // A file that unpacks to more than announced stops there too, whatever the total allows.
    const big = {
      name: `media/${sha}`,
      data: Buffer.alloc(200_000, 1),
      deflate: true,
      announced: photo.length,
    };
    expect(await refusal([good()[0] as RawEntry, big])).toMatchObject({ code: 'pack_bomb' });
  });
});
