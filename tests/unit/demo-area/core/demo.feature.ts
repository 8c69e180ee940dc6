import type { Ctx, Feature, WriteCtx } from '../../../../electron/core/context';
import { uuidv7 } from '../../../../electron/core/db/uuid';
import { DomainError } from '../../../../electron/core/errors';
import { readSettings } from '../../../../electron/core/platform/settings/settings.repo';
import type { ErrorCode } from '../../../../electron/shared';
import { demoApi, demoErrors, demoSettings, type DemoNote } from '../shared/demo.contract';

interface NoteRow {
  id: number;
  uid: string;
  text: string;
}

// Plain functions typed by hand: the demo area's methods are not in the app's static API map.
function add(input: { text: string }, ctx: WriteCtx): DemoNote {
  if (input.text === input.text.toUpperCase() && /[A-Z]/.test(input.text)) {
    throw new DomainError('demo_note_shouted' as ErrorCode, 'No shouting in notes');
  }
  const uid = uuidv7(ctx.now().getTime());
  const insert = ctx.db.prepare('INSERT INTO demo_notes (uid, text) VALUES (?, ?)');
  const id = Number(insert.run(uid, input.text).lastInsertRowid);
  ctx.audit({ entity: 'note', entityId: id, after: { text: input.text } });
  return { id, uid, text: input.text };
}

function remove(input: { id: number }, ctx: WriteCtx): { removed: number } {
  const removed = ctx.db.prepare('DELETE FROM demo_notes WHERE id = ?').run(input.id).changes;
  ctx.audit({ entity: 'note', entityId: input.id });
  return { removed };
}

function greeting(_input: unknown, ctx: Ctx): { greeting: string } {
  const settings = readSettings(ctx.db, ctx.app.registry.settings) as unknown as Record<string, string>;
  return { greeting: settings['demo.greeting'] ?? '' };
}

/** The core side of the test area: one table, one migration numbered in its own block, one counter. */
export const demoFeature: Feature = {
  id: 'demo',
  area: true,
  api: demoApi,
  errors: demoErrors,
  settings: demoSettings,
  migrations: [
    {
      version: 1,
      name: 'demo-notes',
      up: (db) =>
        db.exec(
          'CREATE TABLE demo_notes (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, text TEXT NOT NULL) STRICT',
        ),
    },
  ],
  handlers: { 'demo.notes.add': add, 'demo.notes.remove': remove, 'demo.greeting': greeting },
  counters: (db) => [
    { key: 'demo.notes', value: db.prepare('SELECT count(*) FROM demo_notes').pluck().get() as number },
  ],
  links: {
    note: (db, id) => {
      const row = db.prepare<[string], NoteRow>('SELECT * FROM demo_notes WHERE id = ?').get(id);
      return row ? { title: row.text } : null;
    },
  },
};
