import type { ExhibitionStats, ShownText } from '../../../shared/exhibitions.types';
import type { Db } from '../../db/database';
import { liveVersions } from '../../platform/publishing/publishing.read';
import { exhibitionKind } from './content/exhibition.kind';

/** Visits and plays between two days (inclusive), named as visitors see them now. */
export function exhibitionStats(db: Db, from: string, to: string): ExhibitionStats {
  const titles = new Map<number, ShownText>();
  const recordings = new Map<string, { exhibitionId: number; title: ShownText }>();
  for (const v of liveVersions(db, exhibitionKind)) {
    titles.set(v.contentId, v.payload.title);
    for (const s of v.payload.sections) {
      for (const x of s.exhibits) recordings.set(x.uid, { exhibitionId: v.contentId, title: x.title });
    }
  }
  const visits = db
    .prepare<[string, string], { id: number; n: number }>(
      `SELECT exhibition_id AS id, sum(count) AS n FROM exhibition_visits
        WHERE day BETWEEN ? AND ? GROUP BY exhibition_id ORDER BY n DESC, id`,
    )
    .all(from, to);
  const plays = db
    .prepare<[string, string], { uid: string; n: number }>(
      `SELECT exhibit_uid AS uid, sum(count) AS n FROM exhibit_plays
        WHERE day BETWEEN ? AND ? GROUP BY exhibit_uid ORDER BY n DESC, uid`,
    )
    .all(from, to);
  const days = db
    .prepare<[string, string, string, string], { day: string; visits: number; plays: number }>(
      `SELECT day, sum(visits) AS visits, sum(plays) AS plays FROM (
         SELECT day, count AS visits, 0 AS plays FROM exhibition_visits WHERE day BETWEEN ? AND ?
         UNION ALL
         SELECT day, 0, count FROM exhibit_plays WHERE day BETWEEN ? AND ?)
       GROUP BY day ORDER BY day`,
    )
    .all(from, to, from, to);
  return {
    from,
    to,
    totals: {
      visits: visits.reduce((n, r) => n + r.n, 0),
      plays: plays.reduce((n, r) => n + r.n, 0),
    },
    exhibitions: visits.map((r) => ({ id: r.id, title: titles.get(r.id) ?? null, visits: r.n })),
    recordings: plays.map((r) => {
      const x = recordings.get(r.uid);
      return {
        uid: r.uid,
        exhibitionId: x?.exhibitionId ?? null,
        exhibitionTitle: x ? (titles.get(x.exhibitionId) ?? null) : null,
        title: x?.title ?? null,
        plays: r.n,
      };
    }),
    days,
  };
}
