import { z } from 'zod';
import { method, type KioskEvent } from '../../../shared';
import type { Feature, WriteCtx } from '../../context';
import type { WriteDb } from '../../db/database';
import { FEATURES } from '../../features';
import { openSharedTestCore, type SharedTestCore } from '../../testing';
import type { ContentKind } from './content-kind';
import { liveVersion } from './publishing.read';
import { draftChanged } from './publishing.service';

/**
 * A content kind of the tests' own, `test.note`, edited by curators: the platform's state machine
 * checked apart from any area (the reading lists have their own tests). Only tests import this file.
 */
export const noteKind: ContentKind<{ text: string }> = {
  kind: 'test.note',
  editorRole: 'curator',
  schema: z.object({ text: z.string().min(1) }),
  snapshot: (db, id) =>
    db.prepare<[number], { text: string }>('SELECT text FROM test_notes WHERE id = ?').get(id) ?? null,
  validate: (p) => (p.text.trim() === '…' ? 'unfinished' : null),
  title: (p) => p.text.slice(0, 20),
  present: (p) => [{ field: 'text', text: p.text }],
};

/** The notes' own save, `{ id, text }`: a declared write of the test feature, as an area has. */
export const SAVE_NOTE = 'test.notes.save';

/** The author saves a note's draft as an area would: its own table, then `draftChanged`, in one write. */
function saveNote(input: { id: number; text: string }, ctx: WriteCtx): { id: number } {
  ctx.db
    .prepare('INSERT INTO test_notes (id, text) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET text = ?')
    .run(input.id, input.text, input.text);
  ctx.audit({ entity: 'note', entityId: input.id });
  draftChanged(ctx, noteKind, input.id);
  return { id: input.id };
}

const notesFeature: Feature = {
  id: 'test',
  area: false,
  api: {
    [SAVE_NOTE]: method<{ id: number }>()({
      role: 'curator',
      input: z.object({ id: z.number().int().positive(), text: z.string().min(1) }),
      writes: { domain: 'test' },
    }),
  },
  migrations: [
    {
      version: 1,
      name: 'notes',
      up: (db) => db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT'),
    },
  ],
  handlers: { [SAVE_NOTE]: saveNote },
  contentKinds: [noteKind],
};

export interface PublishingKit extends SharedTestCore {
  /** Clients signed in as: a curator (the author), two reviewers, a librarian (no right to notes). */
  author: string;
  reviewer: string;
  otherReviewer: string;
  librarian: string;
  /** Saves a note's draft (as the author unless told): refused while it waits or is archived. */
  edit(id: number, text: string, clientId?: string): Promise<void>;
  /** What a visitor's screen would read: the live payload, or null. */
  visible(id: number): string | null;
  events: KioskEvent[];
  /** Core's own connection, to show what the schema refuses whatever code might try. */
  db: WriteDb;
}

/** The input that names a note to the `publishing.*` methods. */
export const note = (id: number) => ({ kind: 'test.note', contentId: id });

/** One core for a test file (`beforeAll`, then `dispose`): its staff accounts cost a slow PIN hash each. */
export async function openPublishing(): Promise<PublishingKit> {
  const t = await openSharedTestCore({ features: [...FEATURES, notesFeature] });
  await t.signIn();
  const author = await t.staffMember('cur1', ['curator']);
  const reviewer = await t.staffMember('rev1', ['reviewer']);
  const otherReviewer = await t.staffMember('rev2', ['reviewer']);
  const librarian = await t.staffMember('lib1', ['librarian']);
  const db = (t.core as unknown as { db: WriteDb }).db;
  const events: KioskEvent[] = [];
  t.core.onEvent((e) => events.push(e));
  return {
    ...t,
    author,
    reviewer,
    otherReviewer,
    librarian,
    db,
    events,
    async edit(id, text, clientId = author) {
      const saved = await t.invoke(SAVE_NOTE, { id, text }, clientId);
      if (!saved.ok) throw new Error(`Saving note ${id} refused: ${saved.error.code}`);
    },
    visible: (id) => liveVersion(db, noteKind, id)?.payload.text ?? null,
  };
}
