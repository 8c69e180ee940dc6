import type {
  DraftExhibit,
  DraftExhibition,
  DraftSection,
  DraftText,
  ExhibitType,
  PartyPeriod,
} from '../../../shared/exhibitions.types';
import type { LinkTarget } from '../../../shared/platform.api';
import type { ReadDb, WriteDb } from '../../db/database';
import { repo } from '../../db/repo';

interface ExhibitionRow {
  id: number;
  uid: string;
  position: number;
  title: string;
  subtitle: string | null;
  intro: string | null;
  cover_media: string | null;
  created_at: string;
  updated_at: string;
}

interface SectionRow {
  id: number;
  uid: string;
  title: string;
  intro: string | null;
  period: PartyPeriod | null;
}

interface ExhibitRow {
  id: number;
  uid: string;
  type: ExhibitType;
  title: string;
  caption: string | null;
  body: string | null;
  date_text: string | null;
  place: string | null;
  people: string | null;
  credit: string | null;
  tags: string;
  subtitles: string | null;
  highlight: 0 | 1;
}

/** A draft as stored, with the integer keys and uids the save kept. */
export type StoredDraft = DraftExhibition & { id: number; uid: string; position: number; updatedAt: string };

const text = (json: string) => JSON.parse(json) as DraftText;
const optText = (json: string | null) => (json === null ? null : text(json));
const json = (t: DraftText | null) => (t === null ? null : JSON.stringify(t));

const reads = (db: ReadDb) => {
  const sections = db.prepare<[number], SectionRow>(
    'SELECT id, uid, title, intro, period FROM exhibition_sections WHERE exhibition_id = ? ORDER BY position',
  );
  const exhibits = db.prepare<[number], ExhibitRow>(
    `SELECT id, uid, type, title, caption, body, date_text, place, people, credit, tags, subtitles,
            highlight
       FROM exhibits WHERE section_id = ? ORDER BY position`,
  );
  const media = db.prepare<[number], { media_id: string; caption: string | null }>(
    'SELECT media_id, caption FROM exhibit_media WHERE exhibit_id = ? ORDER BY position',
  );
  const links = db.prepare<[number], { area: string; kind: string; target_id: string }>(
    'SELECT area, kind, target_id FROM exhibit_links WHERE exhibit_id = ? ORDER BY position',
  );
  const toExhibit = (r: ExhibitRow): DraftExhibit => ({
    uid: r.uid,
    type: r.type,
    title: text(r.title),
    caption: optText(r.caption),
    body: optText(r.body),
    date: r.date_text,
    place: optText(r.place),
    people: optText(r.people),
    credit: optText(r.credit),
    tags: JSON.parse(r.tags) as string[],
    media: media.all(r.id).map((m) => ({ mediaId: m.media_id, caption: optText(m.caption) })),
    subtitles: optText(r.subtitles),
    links: links.all(r.id).map((l) => ({ area: l.area, kind: l.kind, id: l.target_id })),
    highlight: r.highlight === 1,
  });
  const toSection = (r: SectionRow): DraftSection => ({
    uid: r.uid,
    title: text(r.title),
    intro: optText(r.intro),
    period: r.period,
    exhibits: exhibits.all(r.id).map(toExhibit),
  });
  return {
    row: (id: number) =>
      db.prepare<[number], ExhibitionRow>('SELECT * FROM exhibitions WHERE id = ?').get(id),
    /** The whole draft in the curator's words, or undefined. */
    draft(id: number): StoredDraft | undefined {
      const r = db.prepare<[number], ExhibitionRow>('SELECT * FROM exhibitions WHERE id = ?').get(id);
      if (!r) return undefined;
      return {
        id: r.id,
        uid: r.uid,
        position: r.position,
        updatedAt: r.updated_at,
        title: text(r.title),
        subtitle: optText(r.subtitle),
        intro: optText(r.intro),
        coverMediaId: r.cover_media,
        sections: sections.all(r.id).map(toSection),
      };
    },
    /** Every draft's line for the curator's list, in the visitors' order. */
    lines: () =>
      db
        .prepare<[], { id: number; uid: string; title: string; updated_at: string; exhibits: number }>(
          `SELECT e.id, e.uid, e.title, e.updated_at,
                  (SELECT count(*) FROM exhibits x JOIN exhibition_sections s ON s.id = x.section_id
                    WHERE s.exhibition_id = e.id) AS exhibits
             FROM exhibitions e ORDER BY e.position, e.id`,
        )
        .all()
        .map((r) => ({
          id: r.id,
          uid: r.uid,
          title: text(r.title),
          updatedAt: r.updated_at,
          exhibitCount: r.exhibits,
        })),
    nextPosition: () =>
      db.prepare<[], number>('SELECT coalesce(max(position), 0) + 1 FROM exhibitions').pluck().get() ?? 1,
    /** The exhibition with this uid here, if any (a pack's exhibition keeps its uid when it is free). */
    idOfUid: (uid: string) =>
      db.prepare<[string], number>('SELECT id FROM exhibitions WHERE uid = ?').pluck().get(uid),
    /** The exhibition a section or exhibit uid belongs to now, if any. */
    ownerOfUid: (uid: string) =>
      db
        .prepare<[string, string], number>(
          `SELECT exhibition_id FROM exhibition_sections WHERE uid = ?
           UNION ALL SELECT s.exhibition_id FROM exhibits x JOIN exhibition_sections s ON s.id = x.section_id
            WHERE x.uid = ?`,
        )
        .pluck()
        .get(uid, uid),
    /** Every file the drafts use, with the exhibit or exhibition title (简体) it is shown under. */
    mediaUses: () =>
      db
        .prepare<[], { media: string; label: string; kind: string }>(
          `SELECT m.media_id AS media, json_extract(x.title, '$."zh-CN"') AS label, 'exhibit' AS kind
             FROM exhibit_media m JOIN exhibits x ON x.id = m.exhibit_id
           UNION ALL
           SELECT cover_media, json_extract(title, '$."zh-CN"'), 'exhibition'
             FROM exhibitions WHERE cover_media IS NOT NULL`,
        )
        .all(),
  };
};

export interface DraftToStore {
  id?: number;
  uid: string;
  position: number;
  draft: DraftExhibition;
  /** Sections and exhibits with their uids settled (kept or new). */
  sections: (Omit<DraftSection, 'exhibits'> & {
    uid: string;
    exhibits: (DraftExhibit & { uid: string })[];
  })[];
  at: string;
}

const writes = (db: WriteDb) => {
  const addSection = db.prepare(
    `INSERT INTO exhibition_sections (uid, exhibition_id, position, title, intro, period)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const addExhibit = db.prepare(
    `INSERT INTO exhibits (uid, section_id, position, type, title, caption, body, date_text, place,
                           people, credit, tags, subtitles, highlight)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addMedia = db.prepare(
    'INSERT INTO exhibit_media (exhibit_id, position, media_id, caption) VALUES (?, ?, ?, ?)',
  );
  const addLink = db.prepare(
    'INSERT INTO exhibit_links (exhibit_id, position, area, kind, target_id) VALUES (?, ?, ?, ?, ?)',
  );
  const addExhibitRows = (sectionId: number, x: DraftExhibit & { uid: string }, position: number) => {
    const exhibitId = Number(
      addExhibit.run(
        x.uid,
        sectionId,
        position,
        x.type,
        JSON.stringify(x.title),
        json(x.caption),
        json(x.body),
        x.date,
        json(x.place),
        json(x.people),
        json(x.credit),
        JSON.stringify(x.tags),
        json(x.subtitles),
        x.highlight === true ? 1 : 0,
      ).lastInsertRowid,
    );
    x.media.forEach((m, i) => addMedia.run(exhibitId, i, m.mediaId, json(m.caption)));
    x.links.forEach((l: LinkTarget, i) => addLink.run(exhibitId, i, l.area, l.kind, l.id));
  };
  return {
    /** Replaces the whole draft tree (sections, exhibits, files, links) in the caller's transaction. */
    store(s: DraftToStore): number {
      const d = s.draft;
      let id = s.id;
      if (id === undefined) {
        id = Number(
          db
            .prepare(
              `INSERT INTO exhibitions (uid, position, title, subtitle, intro, cover_media, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              s.uid,
              s.position,
              JSON.stringify(d.title),
              json(d.subtitle),
              json(d.intro),
              d.coverMediaId,
              s.at,
              s.at,
            ).lastInsertRowid,
        );
      } else {
        db.prepare(
          `UPDATE exhibitions SET title = ?, subtitle = ?, intro = ?, cover_media = ?, updated_at = ? WHERE id = ?`,
        ).run(JSON.stringify(d.title), json(d.subtitle), json(d.intro), d.coverMediaId, s.at, id);
        db.prepare('DELETE FROM exhibition_sections WHERE exhibition_id = ?').run(id);
      }
      s.sections.forEach((sec, i) => {
        const sectionId = Number(
          addSection.run(sec.uid, id, i, JSON.stringify(sec.title), json(sec.intro), sec.period)
            .lastInsertRowid,
        );
        sec.exhibits.forEach((x, j) => addExhibitRows(sectionId, x, j));
      });
      return id;
    },
  };
};

export const exhibitionsRepo = repo(reads, writes);
