import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { MEDIA_KINDS, MODEL_LIMITS, type MediaInfo, type MediaKind } from '../../../shared/media.types';
import type { SessionStaff } from '../../context';
import type { Db, WriteDb } from '../../db/database';
import { uuidv7 } from '../../db/uuid';
import { DomainError } from '../../errors';
import { writeAudit } from '../audit/audit.repo';
import { readSettings } from '../settings/settings.repo';
import { processUpload, type Processed } from './media-process';
import { mediaRepo, toMediaInfo } from './media.repo';
import type { MediaStore } from './media-store';
import { MB, receive, type MediaLimits } from './receive';

export interface ImportEnv {
  store: MediaStore;
  staff: SessionStaff;
  now: () => Date;
  limits: MediaLimits;
  /**
   * Runs `fn` in one transaction on the database as it is then: an upload takes a while, and a
   * restore may have reopened the database meanwhile.
   */
  commit<T>(fn: (db: WriteDb) => T): Promise<T>;
}

export interface UploadMeta {
  /** The length the sender announced, refused before a byte is read when it is over the limit. */
  declaredBytes?: number;
  /** The file's name as chosen, kept to show in lists. */
  name?: string | null;
  /** The kinds the caller wants (a cover wants a picture); others are refused. Default: any. */
  accept?: readonly MediaKind[];
}

export function mediaLimits(db: Db): MediaLimits {
  const s = readSettings(db);
  return {
    image: s['media.maxImageMB'] * MB,
    av: s['media.maxVideoMB'] * MB,
    model: MODEL_LIMITS.megabytes * MB,
  };
}

/** A file name fit to show: no path, no control characters, not too long. */
export function cleanName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const name = [...path.basename(raw.replace(/\\/g, '/'))]
    .filter((c) => c >= ' ' && c !== '\u007f')
    .join('')
    .trim();
  return name === '' ? null : name.slice(0, 200);
}

function record(db: WriteDb, env: ImportEnv, p: Processed, name: string | null): MediaInfo {
  env.store.place(p.ready, p.sha256);
  const repo = mediaRepo(db);
  const known = repo.bySha(p.sha256);
  if (known) return toMediaInfo(known);
  const at = env.now();
  repo.insert({
    uid: uuidv7(at.getTime()),
    sha256: p.sha256,
    kind: p.kind,
    mime: p.mime,
    bytes: p.bytes,
    width: p.width,
    height: p.height,
    durationS: p.durationS,
    variants: p.variants,
    name,
    createdAt: at.toISOString(),
    createdBy: env.staff.staffNo,
  });
  const row = repo.bySha(p.sha256);
  if (!row) throw new Error('a media row vanished as it was written');
  const info = toMediaInfo(row);
  writeAudit(
    db,
    { staff: env.staff, now: env.now, area: 'media' },
    { action: 'media.upload', entity: 'media', entityId: info.id, after: { ...info, name } },
  );
  return info;
}

/**
 * One upload, from a stream to a stored file: received into `.tmp/` while hashed, checked and
 * given its variants there, then moved into place with its row in one step. Nothing is stored
 * when anything is refused; the same bytes twice give the same id (and are processed once).
 */
export async function importMedia(env: ImportEnv, source: Readable, meta: UploadMeta): Promise<MediaInfo> {
  const accept = meta.accept ?? MEDIA_KINDS;
  const work = env.store.workDir();
  try {
    const received = await receive(source, path.join(work, 'upload'), env.limits, meta.declaredBytes);
    const family = received.sniffed.family;
    const wanted =
      family === 'av' ? accept.includes('video') || accept.includes('audio') : accept.includes(family);
    if (!wanted) throw notWanted(accept);
    const known = await env.commit((db) => mediaRepo(db).bySha(received.sha256));
    if (known && env.store.has(known.sha256)) {
      if (!accept.includes(known.kind)) throw notWanted(accept);
      return toMediaInfo(known);
    }
    const processed = await processUpload(received, work);
    if (!accept.includes(processed.kind)) throw notWanted(accept);
    return await env.commit((db) => record(db, env, processed, cleanName(meta.name)));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function notWanted(accept: readonly MediaKind[]): DomainError {
  return new DomainError('media_unknown_type', `Here only ${accept.join(' or ')} will do`, {
    accept: accept.join(','),
  });
}
