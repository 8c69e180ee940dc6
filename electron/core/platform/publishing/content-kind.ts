import type { z } from 'zod';
import type { StaffRole } from '../../../shared';
import type { PresentedField } from '../../../shared/publishing.types';
import type { Db, WriteDb } from '../../db/database';

/**
 * How an area plugs a kind of content into review before publish (a feature lists its kinds in
 * `Feature.contentKinds`). The area keeps editing its own tables, the draft; the platform keeps
 * the state and every submitted version as a JSON payload made by `snapshot`. Visitors' reads go
 * through {@link liveVersions} / {@link liveVersion} (publishing.service.ts), which hand back
 * payloads parsed by `schema`, so an area never shows a draft by mistake.
 *
 * The area's side of the bargain:
 * - after every save of a draft, in the same transaction, call `draftChanged` (it refuses while a
 *   submission waits or the content is archived, which rolls the save back);
 * - read what visitors see only from the live payload;
 * - when the payload's shape changes, write a migration for the stored payloads too.
 */
export interface ContentKind<P = unknown> {
  /** `<area>.<kind>`, e.g. `library.readingList`; the area part is the domain pushed in `data.changed`. */
  kind: string;
  /** The role that edits this content and so may submit, withdraw, archive it (an admin holds every role). */
  editorRole: StaffRole;
  /** What a version's payload is; checked at every snapshot and every read. */
  schema: z.ZodType<P>;
  /** The draft as a payload, or null when there is no such content. Deterministic: equal drafts, equal JSON. */
  snapshot(db: Db, contentId: number): P | null;
  /** A reason the draft cannot be submitted yet (shown by the area's editor), or null. */
  validate(payload: P): string | null;
  /** The human title of a version (review queue, history, audit log). */
  title(payload: P): string;
  /** The payload as fields a reviewer reads side by side; the renderer's area module labels them. */
  present(payload: P): PresentedField[];
  /**
   * What visitors see of this content changed (approved, rolled back, archived, unarchived,
   * published as is), in the same transaction: an area keeping its own index of live content (a
   * search index) rebuilds its part here. Read the live version with `liveVersion`.
   */
  liveChanged?(db: WriteDb, contentId: number): void;
}

/** The domain of a kind: the area part of its name (`library` for `library.readingList`). */
export function domainOf(kind: string): string {
  return kind.split('.')[0] ?? kind;
}
