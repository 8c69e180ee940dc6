import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { DomainError } from '../../../errors';
import { streamToFile } from '../../../platform/media/receive';
import {
  MANIFEST,
  MEDIA_ENTRY,
  filesOf,
  mediaEntry,
  parseManifest,
  type PackManifest,
} from './pack-manifest';

const MiB = 1024 * 1024;

/**
 * What a pack may be. The sizes a zip's headers announce are only a first check: every entry is
 * counted again as it is unpacked, and refused as soon as it passes what was announced or the
 * whole passes `totalBytes`.
 */
export interface PackLimits {
  /** The zip as received. */
  packBytes: number;
  /** Everything in it, unpacked. */
  totalBytes: number;
  entries: number;
  /** Unpacked / packed, for an entry over 1 MiB (photos and videos barely compress; a bomb does). */
  ratio: number;
  manifestBytes: number;
}

export const PACK_LIMITS: PackLimits = {
  packBytes: 4096 * MiB,
  totalBytes: 8192 * MiB,
  entries: 10_001,
  ratio: 100,
  manifestBytes: 16 * MiB,
};

/** A pack checked whole: its manifest, and each file unpacked and verified, by sha256. */
export interface CheckedPack {
  manifest: PackManifest;
  files: Map<string, string>;
}

const bomb = (limit: 'bytes' | 'entries' | 'ratio') =>
  new DomainError('pack_bomb', 'This pack unpacks to more than a pack may hold', { limit });

/** Streams the body into `file`, counting: refused before a byte when its announced length is too much. */
export async function receivePack(
  source: Readable,
  file: string,
  limit: number,
  declared?: number,
): Promise<number> {
  const tooLarge = () =>
    new DomainError('pack_too_large', 'The pack is too large', { limitMB: Math.floor(limit / MiB) });
  if (declared !== undefined && declared > limit) throw tooLarge();
  return streamToFile(source, file, {
    chunk: (_chunk, bytes) => (bytes > limit ? tooLarge() : null),
    end: () => null,
    stopped: () => new DomainError('invalid_input', 'The pack ended before its end'),
  });
}

/**
 * An entry name a pack may hold: relative, forward slashes only, no `..`, no empty or dot segment.
 * A name that could reach outside a folder it was unpacked into refuses the pack, whatever it is.
 */
export function unsafeName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0')) return true;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return true;
  const parts = name.replace(/\/$/, '').split('/');
  return parts.some((p) => p === '' || p === '.' || p === '..');
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // Names are read as bytes and checked here (yauzl's own checks would answer in its words).
    yauzl.open(
      file,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: false, autoClose: false },
      (err, zip) =>
        err ? reject(new DomainError('pack_not_zip', 'This file is not a zip file')) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile, limits: PackLimits): Promise<Map<string, yauzl.Entry>> {
  if (zip.entryCount > limits.entries) return Promise.reject(bomb('entries'));
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      const raw = entry.fileName as unknown as Buffer;
      const name = raw.toString('utf8');
      try {
        if (unsafeName(name))
          throw new DomainError('pack_entry_unsafe', 'An entry name leads outside the pack', { entry: name });
        if (entries.has(name))
          throw new DomainError('pack_entry_duplicate', 'Two entries have one name', { entry: name });
        if (entry.isEncrypted() || (name !== MANIFEST && name !== 'media/' && !MEDIA_ENTRY.test(name))) {
          throw new DomainError('pack_entry_unexpected', 'A pack does not hold this', { entry: name });
        }
        total += entry.uncompressedSize;
        if (total > limits.totalBytes) throw bomb('bytes');
        const packed = Math.max(entry.compressedSize, 1);
        if (entry.uncompressedSize > MiB && entry.uncompressedSize / packed > limits.ratio)
          throw bomb('ratio');
      } catch (err) {
        return reject(err instanceof Error ? err : new Error(String(err)));
      }
      entries.set(name, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(new DomainError('pack_not_zip', 'The zip file is damaged')));
    zip.readEntry();
  });
}

/** Counts an entry as it is unpacked: more than announced, or than is left of the whole, is a bomb. */
function counter(announced: number, budget: { left: number }) {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      budget.left -= chunk.length;
      if (seen > announced || budget.left < 0) return done(bomb('bytes'));
      done(null, chunk);
    },
  });
}

async function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) =>
      err ? reject(new DomainError('pack_not_zip', 'The zip file is damaged')) : resolve(stream),
    ),
  );
}

const damaged = (err: unknown) =>
  err instanceof DomainError ? err : new DomainError('pack_not_zip', 'The zip file is damaged');

async function readManifest(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  limits: PackLimits,
  budget: { left: number },
) {
  if (entry.uncompressedSize > limits.manifestBytes) throw bomb('bytes');
  const chunks: Buffer[] = [];
  const collect = new Transform({
    transform(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline(await openEntry(zip, entry), counter(entry.uncompressedSize, budget), collect).catch(
    (err: unknown) => {
      throw damaged(err);
    },
  );
  return parseManifest(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Reads a received pack whole before anything is imported: every entry name, the limits, the
 * manifest, and each file unpacked into `work` and checked against its sha256 and size. Any fault
 * refuses the pack with its own error.
 */
export async function checkPack(
  file: string,
  work: string,
  limits: PackLimits = PACK_LIMITS,
): Promise<CheckedPack> {
  const zip = await openZip(file);
  try {
    const entries = await listEntries(zip, limits);
    const manifestEntry = entries.get(MANIFEST);
    if (!manifestEntry) throw new DomainError('pack_manifest_missing', 'The pack has no manifest.json');
    const budget = { left: limits.totalBytes };
    const manifest = await readManifest(zip, manifestEntry, limits, budget);
    const listed = new Set(manifest.media.map((m) => m.sha256));
    for (const e of manifest.exhibitions) {
      for (const sha256 of filesOf(e.draft)) {
        if (!listed.has(sha256))
          throw new DomainError('pack_media_missing', 'An exhibit names a file the pack does not list', {
            sha256,
          });
      }
    }
    for (const name of entries.keys()) {
      const sha = MEDIA_ENTRY.exec(name)?.[1];
      if (sha !== undefined && !listed.has(sha))
        throw new DomainError('pack_entry_unexpected', 'A file the manifest does not list', { entry: name });
    }
    const files = new Map<string, string>();
    for (const m of manifest.media) {
      const entry = entries.get(mediaEntry(m.sha256));
      if (!entry)
        throw new DomainError('pack_media_missing', 'A file of the pack is missing', { sha256: m.sha256 });
      const target = path.join(work, m.sha256);
      const hash = createHash('sha256');
      let bytes = 0;
      const hashing = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(
        await openEntry(zip, entry),
        counter(entry.uncompressedSize, budget),
        hashing,
        fs.createWriteStream(target),
      ).catch((err: unknown) => {
        throw damaged(err);
      });
      if (hash.digest('hex') !== m.sha256 || bytes !== m.bytes) {
        throw new DomainError('pack_checksum_mismatch', 'A file of the pack is not what its checksum says', {
          sha256: m.sha256,
        });
      }
      files.set(m.sha256, target);
    }
    return { manifest, files };
  } finally {
    zip.close();
  }
}
