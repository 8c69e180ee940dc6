import type { Language } from '../../../shared';
import { repo } from '../../db/repo';
import { uuidv7 } from '../../db/uuid';
import type { SimulatedVisit } from './visit-history';

export const visitsRepo = repo(
  (db) => ({
    count(): number {
      return (db.prepare('SELECT count(*) AS n FROM visits').get() as { n: number }).n;
    },
  }),
  (db) => ({
    begin(language: Language, at: Date): number {
      return Number(
        db
          .prepare('INSERT INTO visits (started_at, language, uid) VALUES (?, ?, ?)')
          .run(at.toISOString(), language, uuidv7(at.getTime())).lastInsertRowid,
      );
    },
    /** Adds an area to an open visit (each once) and records the language now in use. */
    track(id: number, area: string | undefined, language: Language | undefined): void {
      db.prepare(
        `UPDATE visits SET
           areas = CASE WHEN @area IS NULL OR EXISTS (SELECT 1 FROM json_each(areas) WHERE value = @area)
                   THEN areas ELSE json_insert(areas, '$[#]', @area) END,
           language = coalesce(@language, language)
         WHERE id = @id AND ended_at IS NULL`,
      ).run({ id, area: area ?? null, language: language ?? null });
    },
    end(id: number, at: Date): void {
      db.prepare('UPDATE visits SET ended_at = ? WHERE id = ? AND ended_at IS NULL').run(
        at.toISOString(),
        id,
      );
    },
    /** Visits of the past as they went (the demo centre's year), all ended. */
    insertPast(visits: readonly SimulatedVisit[]): void {
      const insert = db.prepare(
        'INSERT INTO visits (started_at, ended_at, language, areas, uid) VALUES (?, ?, ?, ?, ?)',
      );
      for (const v of visits) {
        insert.run(
          v.startedAt.toISOString(),
          v.endedAt.toISOString(),
          v.language,
          JSON.stringify(v.areas),
          uuidv7(v.startedAt.getTime()),
        );
      }
    },
  }),
);
