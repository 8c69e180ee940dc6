import fs from 'node:fs';
import path from 'node:path';
import type { Parsed } from '../../../../shared';
import type { PackImportReport, PackRenamed } from '../../../../shared/exhibitions.types';
import { twoPhase, type Ctx, type WriteCtx } from '../../../context';
import { afterLongWrites } from '../../../db/long-write';
import { uuidv7 } from '../../../db/uuid';
import { DomainError } from '../../../errors';
import { importMedia, mediaLimits } from '../../../platform/media/media-import';
import { mediaRepo } from '../../../platform/media/media.repo';
import { exhibitionsRepo } from '../exhibitions.repo';
import { checkDate, checkSubtitles, MEDIA_OF, saveExhibition } from '../exhibitions.service';
import type { PackExhibition, PackManifest } from './pack-manifest';
import { PACK_LIMITS, checkPack, receivePack, type PackLimits } from './pack-read';

interface Prepared {
  manifest: PackManifest;
  media: PackImportReport['media'];
}

/**
 * What a save would refuse in the drafts (a date, subtitles, a file of the wrong kind), found
 * before any file is stored. The save checks them again, in its transaction.
 */
function checkContent(manifest: PackManifest): void {
  const kinds = new Map(manifest.media.map((m) => [m.sha256, m.kind]));
  const wrongKind = (expected: string, actual: string, exhibit: string) =>
    new DomainError('exhibit_media_wrong_kind', `This needs ${expected}, not ${actual}`, {
      expected,
      actual,
      exhibit,
    });
  for (const { draft } of manifest.exhibitions) {
    const cover = draft.coverMediaId === null ? 'image' : kinds.get(draft.coverMediaId);
    if (cover !== 'image') throw wrongKind('image', cover ?? 'none', draft.title['zh-CN']);
    for (const x of draft.sections.flatMap((s) => s.exhibits)) {
      const name = x.title['zh-CN'];
      checkDate(x, name);
      checkSubtitles(x, name);
      for (const m of x.media) {
        const actual = kinds.get(m.mediaId) ?? 'none';
        if (actual !== MEDIA_OF[x.type]) throw wrongKind(MEDIA_OF[x.type] ?? 'none', actual, name);
      }
    }
  }
}

/**
 * Receives the pack, checks it whole (names, limits, manifest, every checksum), and only then
 * stores its files through the media store's own import (the type sniffed again, variants made
 * anew). A refusal before that point leaves nothing behind.
 */
async function preparePack(ctx: Ctx, limits: PackLimits): Promise<Prepared> {
  const { upload, staff } = ctx;
  if (!upload) throw new DomainError('invalid_input', 'Send the pack as the body of POST /api/packs');
  if (!staff) throw new DomainError('unauthenticated', 'Sign in first');
  const work = ctx.app.media.workDir();
  try {
    const zipFile = path.join(work, 'pack.zip');
    await receivePack(upload.body, zipFile, limits.packBytes, upload.declaredBytes);
    const unpacked = path.join(work, 'files');
    fs.mkdirSync(unpacked);
    const { manifest, files } = await checkPack(zipFile, unpacked, limits);
    fs.rmSync(zipFile);
    checkContent(manifest);
    const media = { added: 0, known: 0 };
    const env = {
      store: ctx.app.media,
      staff,
      now: ctx.now,
      limits: mediaLimits(ctx.db),
      // This call is under way, so a restore waits for it: the database stays open under it.
      commit: <T>(fn: (db: ReturnType<Ctx['app']['writableDb']>) => T) => {
        const db = ctx.app.writableDb();
        return afterLongWrites(db, () => db.transaction(() => fn(db))());
      },
    };
    for (const m of manifest.media) {
      const file = files.get(m.sha256);
      if (file === undefined) throw new Error('a checked file is not where it was unpacked');
      const known = mediaRepo(ctx.db).bySha(m.sha256) !== undefined && ctx.app.media.has(m.sha256);
      const info = await importMedia(env, fs.createReadStream(file), { name: m.name, accept: [m.kind] });
      if (info.id !== m.sha256) throw new Error('the media store named a checked file differently');
      media[known ? 'known' : 'added']++;
    }
    return { manifest, media };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The uids the pack's sections and exhibits keep here: a uid already used here is given a new one. */
function settleUids(ctx: WriteCtx, exhibitions: readonly PackExhibition[], renamed: PackRenamed[]) {
  const repo = exhibitionsRepo(ctx.db);
  const seen = new Set<string>();
  const map = new Map<string, string>();
  const settle = (what: PackRenamed['what'], uid: string | undefined, taken: (uid: string) => boolean) => {
    if (uid === undefined) return uuidv7(ctx.now().getTime());
    if (!seen.has(uid) && !taken(uid)) {
      seen.add(uid);
      map.set(uid, uid);
      return uid;
    }
    const newUid = uuidv7(ctx.now().getTime());
    renamed.push({ what, uid, newUid });
    map.set(uid, newUid);
    return newUid;
  };
  const usedHere = (uid: string) => repo.ownerOfUid(uid) !== undefined;
  const settled = exhibitions.map((e) => ({
    uid: settle('exhibition', e.uid, (uid) => repo.idOfUid(uid) !== undefined),
    draft: e.draft,
    sections: e.draft.sections.map((s) => ({
      ...s,
      uid: settle('section', s.uid, usedHere),
      exhibits: s.exhibits.map((x) => ({ ...x, uid: settle('exhibit', x.uid, usedHere) })),
    })),
  }));
  return { settled, map };
}

/**
 * The pack's exhibitions as new drafts (new ids; never published), in the call's one transaction.
 * Links to another exhibit of the pack are kept; a link to a book, a room or an exhibition means
 * something else on another machine, so it is left out and said so.
 */
function applyPack(ctx: WriteCtx, prepared: Prepared): PackImportReport {
  const renamed: PackRenamed[] = [];
  const refused: PackImportReport['refused'] = [];
  const { settled, map } = settleUids(ctx, prepared.manifest.exhibitions, renamed);
  const exhibitions = settled.map((e) => {
    const sections = e.sections.map((s) => ({
      ...s,
      exhibits: s.exhibits.map((x) => ({
        ...x,
        links: x.links.flatMap((l) => {
          const target = l.area === 'exhibitions' && l.kind === 'exhibit' ? map.get(l.id) : undefined;
          if (target !== undefined) return [{ ...l, id: target }];
          refused.push({
            exhibit: x.uid,
            reason: 'link_not_portable',
            target: `${l.area}/${l.kind}/${l.id}`,
          });
          return [];
        }),
      })),
    }));
    const { id } = saveExhibition(ctx, { ...e.draft, sections }, e.uid);
    return {
      id,
      uid: e.uid,
      title: e.draft.title['zh-CN'],
      sections: sections.length,
      exhibits: sections.reduce((n, s) => n + s.exhibits.length, 0),
    };
  });
  return { exhibitions, media: prepared.media, renamed, refused };
}

/** `exhibitions.importPack` (`POST /api/packs`), with the limits a pack is held to (tests pass smaller ones). */
export function importPackHandler(limits: PackLimits = PACK_LIMITS) {
  return twoPhase(
    (_input: Parsed<'exhibitions.importPack'>, ctx: Ctx) => preparePack(ctx, limits),
    (_input, ctx: WriteCtx, prepared: Prepared) => applyPack(ctx, prepared),
  );
}
