import type { Parsed } from '../../../shared';
import type { DeskExhibition, DraftExhibit, ExhibitType } from '../../../shared/exhibitions.types';
import type { MediaKind } from '../../../shared/media.types';
import type { Ctx, WriteCtx } from '../../context';
import type { Db } from '../../db/database';
import { uuidv7 } from '../../db/uuid';
import { DomainError } from '../../errors';
import { mediaRepo } from '../../platform/media/media.repo';
import { statusesOf } from '../../platform/publishing/publishing.read';
import { draftChanged } from '../../platform/publishing/publishing.service';
import { parseExhibitDate } from './content/exhibit-date';
import { exhibitionKind } from './content/exhibition.kind';
import { parseVtt, VttError } from '../../../shared/webvtt';
import { exhibitionNotFound } from './exhibitions.read';
import { exhibitionsRepo, type DraftToStore } from './exhibitions.repo';

type Input = Parsed<'exhibitions.save'>;

/** The kind of file each type shows; a text panel shows none. */
export const MEDIA_OF: Record<ExhibitType, MediaKind | null> = {
  photoSet: 'image',
  photo: 'image',
  document: 'image',
  video: 'video',
  audio: 'audio',
  text: null,
};
/** Types that show one file; the others a set. */
const SINGLE: ReadonlySet<ExhibitType> = new Set(['photo', 'video', 'audio']);
/** What exhibits may link to: a book, a room, another exhibit or exhibition (when its area is there). */
const LINKABLE_KINDS: ReadonlySet<string> = new Set(['title', 'room', 'exhibit', 'exhibition']);

function checkFile(db: Db, mediaId: string, expected: MediaKind | null, exhibit: string): void {
  const row = mediaRepo(db).bySha(mediaId);
  if (!row)
    throw new DomainError('exhibit_media_missing', 'No such file in the media store', { mediaId, exhibit });
  if (row.kind !== expected) {
    throw new DomainError(
      'exhibit_media_wrong_kind',
      `This needs ${expected ?? 'no file'}, not ${row.kind}`,
      {
        expected: expected ?? 'none',
        actual: row.kind,
        exhibit,
      },
    );
  }
}

export function checkSubtitles(x: DraftExhibit, exhibit: string): void {
  if (x.subtitles === null) return;
  if (x.type !== 'video' && x.type !== 'audio') {
    throw new DomainError('subtitles_not_playable', 'Only a video or a recording has subtitles', { exhibit });
  }
  for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
    const src = x.subtitles[language];
    if (src === null) continue;
    try {
      parseVtt(src);
    } catch (e) {
      if (!(e instanceof VttError)) throw e;
      throw new DomainError('subtitles_unreadable', e.message, {
        language,
        line: e.line,
        problem: e.problem,
        exhibit,
      });
    }
  }
}

export function checkDate(x: DraftExhibit, exhibit: string): void {
  if (x.date !== null && parseExhibitDate(x.date) === null) {
    throw new DomainError('exhibit_date_unreadable', `Cannot read the date "${x.date}"`, {
      date: x.date,
      exhibit,
    });
  }
}

/** Every refusal a save can meet, checked before anything is written. */
function checkDraft(ctx: WriteCtx, input: Input): void {
  if (input.coverMediaId !== null) checkFile(ctx.db, input.coverMediaId, 'image', input.title['zh-CN']);
  for (const section of input.sections) {
    for (const x of section.exhibits) {
      const name = x.title['zh-CN'];
      checkDate(x, name);
      const expected = MEDIA_OF[x.type];
      if (x.media.length > 1 && SINGLE.has(x.type)) {
        throw new DomainError('exhibit_media_wrong_kind', 'This exhibit shows one file', {
          expected: expected ?? 'none',
          actual: 'several',
          exhibit: name,
        });
      }
      for (const m of x.media) checkFile(ctx.db, m.mediaId, expected, name);
      checkSubtitles(x, name);
      for (const l of x.links) {
        if (!LINKABLE_KINDS.has(l.kind) || !ctx.app.registry.links.get(l.area)?.[l.kind]) {
          throw new DomainError('exhibit_link_unsupported', 'Exhibits cannot link to this', {
            area: l.area,
            kind: l.kind,
          });
        }
      }
    }
  }
}

/** Sections and exhibits with their uids: kept when given (and not another exhibition's), new otherwise. */
function settleUids(db: Db, input: Input, id: number | undefined, at: number): DraftToStore['sections'] {
  const seen = new Set<string>();
  const repo = exhibitionsRepo(db);
  const settle = (uid: string | undefined) => {
    if (uid === undefined) return uuidv7(at);
    const owner = repo.ownerOfUid(uid);
    if (seen.has(uid) || (owner !== undefined && owner !== id)) {
      throw new DomainError('exhibit_uid_taken', 'This uid is used twice', { uid });
    }
    seen.add(uid);
    return uid;
  };
  return input.sections.map((s) => ({
    ...s,
    uid: settle(s.uid),
    exhibits: s.exhibits.map((x) => ({ ...x, uid: settle(x.uid) })),
  }));
}

const summary = (title: string, sections: number, exhibits: number) => ({ title, sections, exhibits });

/**
 * Creates or replaces an exhibition's draft in the call's transaction, then tells publishing
 * (refused while it waits for review or is archived, which undoes the save). Nothing is written
 * unless every date, file, subtitle and link reads. A new exhibition takes `newUid` when given
 * (a pack's, free here), else a new one.
 */
export function saveExhibition(ctx: WriteCtx, input: Input, newUid?: string): { id: number } {
  const repo = exhibitionsRepo(ctx.db);
  const before = input.id === undefined ? undefined : repo.draft(input.id);
  if (input.id !== undefined && !before) throw exhibitionNotFound(input.id);
  checkDraft(ctx, input);
  const now = ctx.now();
  const sections = settleUids(ctx.db, input, input.id, now.getTime());
  const id = repo.store({
    ...(input.id === undefined ? {} : { id: input.id }),
    uid: before?.uid ?? newUid ?? uuidv7(now.getTime()),
    position: before?.position ?? repo.nextPosition(),
    draft: input,
    sections,
    at: now.toISOString(),
  });
  const count = (s: { exhibits: unknown[] }[]) => s.reduce((n, x) => n + x.exhibits.length, 0);
  ctx.audit({
    entity: 'exhibition',
    entityId: id,
    before: before && summary(before.title['zh-CN'], before.sections.length, count(before.sections)),
    after: summary(input.title['zh-CN'], sections.length, count(sections)),
  });
  draftChanged(ctx, exhibitionKind, id);
  return { id };
}

export function deskExhibitions(ctx: Pick<Ctx, 'db'>): DeskExhibition[] {
  const statuses = statusesOf(ctx.db, exhibitionKind.kind);
  return exhibitionsRepo(ctx.db)
    .lines()
    .flatMap((l) => {
      const publishing = statuses.get(l.id);
      // Every save tracks its draft in publishing, in the same transaction.
      return publishing ? [{ ...l, publishing }] : [];
    });
}

export function draftOf(ctx: Pick<Ctx, 'db'>, id: number) {
  const d = exhibitionsRepo(ctx.db).draft(id);
  if (!d) throw exhibitionNotFound(id);
  return {
    id: d.id,
    title: d.title,
    subtitle: d.subtitle,
    intro: d.intro,
    coverMediaId: d.coverMediaId,
    sections: d.sections,
  };
}
