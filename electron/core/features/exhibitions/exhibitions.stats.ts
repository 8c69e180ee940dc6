import type { Counter } from '../../../shared';
import { localDate } from '../../../shared/dates';
import type { LinkResolver, MediaRef } from '../../context';
import type { Db, WriteDb } from '../../db/database';
import { DomainError } from '../../errors';
import { keptPayloads, liveVersion } from '../../platform/publishing/publishing.read';
import { exhibitionKind } from './content/exhibition.kind';
import { exhibitionNotFound } from './exhibitions.read';
import { exhibitionsRepo } from './exhibitions.repo';
import { liveExhibit } from './search/exhibit-search';

/**
 * The centre's own day, as the statistics' periods and the reading room's days are: a UTC day
 * would count a visit at 07:30 in Beijing on the day before (and on the 1st, in the month before).
 */
const dayOf = (at: Date) => localDate(at);

/** A visitor opened an exhibition: only a published one counts. */
export function countVisit(db: WriteDb, id: number, at: Date): { ok: true } {
  if (!liveVersion(db, exhibitionKind, id)) throw exhibitionNotFound(id);
  db.prepare(
    `INSERT INTO exhibition_visits (day, exhibition_id, count) VALUES (?, ?, 1)
     ON CONFLICT (day, exhibition_id) DO UPDATE SET count = count + 1`,
  ).run(dayOf(at), id);
  return { ok: true };
}

/** A visitor played a video or recording: only one visitors can see counts. */
export function countPlay(db: WriteDb, uid: string, at: Date): { ok: true } {
  const x = liveExhibit(db, uid);
  if (!x || (x.type !== 'video' && x.type !== 'audio')) {
    throw new DomainError('exhibit_not_found', 'No such video or recording on show', { uid });
  }
  db.prepare(
    `INSERT INTO exhibit_plays (day, exhibit_uid, count) VALUES (?, ?, 1)
     ON CONFLICT (day, exhibit_uid) DO UPDATE SET count = count + 1`,
  ).run(dayOf(at), uid);
  return { ok: true };
}

/** The attract screen's counters: exhibitions opened and testimonies played, ever. */
export function exhibitionsCounters(db: Db): Counter[] {
  const sum = (table: string) =>
    db.prepare<[], number>(`SELECT coalesce(sum(count), 0) FROM ${table}`).pluck().get() ?? 0;
  return [
    { key: 'exhibitions.visits', value: sum('exhibition_visits') },
    { key: 'exhibitions.plays', value: sum('exhibit_plays') },
  ];
}

/**
 * Every file an exhibition uses: its draft's, and every version's that visitors see, may see again
 * after a rollback, or that waits for review. None of them can be deleted meanwhile.
 */
export function exhibitionsMediaRefs(db: Db): MediaRef[] {
  const refs = new Map<string, MediaRef>();
  const add = (media: string, kind: string, label: string) =>
    refs.set(`${media}\u0000${kind}\u0000${label}`, { media, kind, label });
  for (const u of exhibitionsRepo(db).mediaUses()) add(u.media, u.kind, u.label);
  for (const p of keptPayloads(db, exhibitionKind)) {
    if (p.cover) add(p.cover.id, 'exhibition', p.title['zh-CN']);
    for (const s of p.sections) {
      for (const x of s.exhibits) for (const m of x.media) add(m.media.id, 'exhibit', x.title['zh-CN']);
    }
  }
  return [...refs.values()];
}

const idOf = (id: string): number | null => (/^[1-9]\d{0,15}$/.test(id) ? Number(id) : null);

/** What links to exhibitions resolve to: as visitors see them (the published version), by 简体 title. */
export const exhibitionsLinks: Record<string, LinkResolver> = {
  exhibition: (db, id) => {
    const n = idOf(id);
    const v = n === null ? null : liveVersion(db, exhibitionKind, n);
    return v ? { title: v.payload.title['zh-CN'] } : null;
  },
  exhibit: (db, uid) => {
    const x = liveExhibit(db, uid);
    return x ? { title: x.title } : null;
  },
};
