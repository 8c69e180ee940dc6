import yazl from 'yazl';
import type { Download } from '../../../../shared';
import { PACK_FORMAT, PACK_VERSION } from '../../../../shared/exhibitions.types';
import type { Ctx } from '../../../context';
import { DomainError } from '../../../errors';
import { mediaRepo } from '../../../platform/media/media.repo';
import { exhibitionNotFound } from '../exhibitions.read';
import { exhibitionsRepo } from '../exhibitions.repo';
import { MANIFEST, filesOf, mediaEntry, type PackManifest } from './pack-manifest';

/** A file name for the pack: the exhibition's title when there is one, else how many, and the day. */
function packName(titles: string[], now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const first = titles.length === 1 ? titles[0] : undefined;
  const base = first ? first.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) : `exhibitions-${titles.length}`;
  return `${base}-${day}.hongyi-pack.zip`;
}

/**
 * The drafts of `ids` (as the curator last saved them) with their files, originals only (variants
 * are made again on import), as one zip streamed to the caller. What the manifest says is read now,
 * in one go; the files, which are never changed once stored, are read as the zip is sent.
 */
export function exportPack(ctx: Ctx, ids: readonly number[]): Download {
  const repo = exhibitionsRepo(ctx.db);
  const media = mediaRepo(ctx.db);
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    createdAt: ctx.now().toISOString(),
    exhibitions: [],
    media: [],
  };
  const files = new Map<string, string>();
  for (const id of ids) {
    const d = repo.draft(id);
    if (!d) throw exhibitionNotFound(id);
    const draft = {
      title: d.title,
      subtitle: d.subtitle,
      intro: d.intro,
      coverMediaId: d.coverMediaId,
      sections: d.sections,
    };
    manifest.exhibitions.push({ uid: d.uid, draft });
    for (const sha256 of filesOf(draft)) {
      if (files.has(sha256)) continue;
      const row = media.bySha(sha256);
      const original = ctx.app.media.part(sha256, 'original');
      if (!row || !original) {
        throw new DomainError(
          'exhibit_media_missing',
          'A file of this exhibition is not in the media store',
          {
            mediaId: sha256,
            exhibit: d.title['zh-CN'],
          },
        );
      }
      files.set(sha256, original.file);
      manifest.media.push({ sha256, bytes: row.bytes, kind: row.kind, mime: row.mime, name: row.name });
    }
  }
  const zip = new yazl.ZipFile();
  const mtime = ctx.now();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), MANIFEST, { mtime });
  // Pictures and videos are compressed already: stored as they are, the pack is made as fast as it is read.
  for (const [sha256, file] of files) zip.addFile(file, mediaEntry(sha256), { mtime, compress: false });
  zip.end();
  return {
    fileName: packName(
      manifest.exhibitions.map((e) => e.draft.title['zh-CN']),
      mtime,
    ),
    contentType: 'application/zip',
    body: zip.outputStream,
  };
}
