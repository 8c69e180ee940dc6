import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../../context';
import { dumpDatabase, openTestCore, type TestCore } from '../../testing';
import { FEATURES } from '../index';

const VISITOR = 'test:visitor';

/** A feature like the reading room: its vocabulary is the names in its own table. */
const namesFeature: Feature = {
  id: 'test-names',
  area: false,
  api: {},
  migrations: [
    {
      version: 1,
      name: 'test-names',
      up(db) {
        db.exec('CREATE TABLE test_names (name TEXT NOT NULL) STRICT');
        db.prepare("INSERT INTO test_names (name) VALUES ('红岩'), ('党史学习角')").run();
      },
    },
  ],
  handlers: {},
  vocabulary: (db) =>
    db
      .prepare<[], { name: string }>('SELECT name FROM test_names')
      .all()
      .map((r) => r.name),
};

const open = () => openTestCore({ features: [...FEATURES, namesFeature] });

async function texts(t: TestCore, input: string, limit = 5): Promise<string[]> {
  const { candidates } = await t.ok('ime.candidates', { input, limit }, VISITOR);
  return candidates.map((c) => c.text);
}

function addName(t: TestCore, name: string): void {
  const db = new Database(t.dbFile, { fileMustExist: true });
  try {
    db.prepare('INSERT INTO test_names (name) VALUES (?)').run(name);
  } finally {
    db.close();
  }
}

describe('ime.candidates', () => {
  it('answers a visitor with the vocabulary of the features first', async () => {
    const t = await open();
    const value = await t.ok('ime.candidates', { input: 'hongyan', limit: 3 }, VISITOR);
    expect(value.candidates[0]).toEqual({ text: '红岩', consumed: 7 });
    expect(value.candidates).toHaveLength(3);
    expect(value.hasMore).toBe(true);
    expect(value.segmentation).toBe("hong'yan");
    expect((await texts(t, 'dsxxj'))[0]).toBe('党史学习角');
  });

  it('pages with offset and limit', async () => {
    const t = await open();
    const first = await t.ok('ime.candidates', { input: 'shi', offset: 0, limit: 8 }, VISITOR);
    const second = await t.ok('ime.candidates', { input: 'shi', offset: 8, limit: 8 }, VISITOR);
    const all = await t.ok('ime.candidates', { input: 'shi', offset: 0, limit: 16 }, VISITOR);
    expect([...first.candidates, ...second.candidates]).toEqual(all.candidates);
  });

  it('sees names added after the index was built', async () => {
    const t = await open();
    expect((await texts(t, 'xhhsj'))[0]).not.toBe('星湖红书角');
    addName(t, '星湖红书角');
    expect((await texts(t, 'xhhsj'))[0]).toBe('星湖红书角');
    expect((await texts(t, 'xinghuhongshujiao'))[0]).toBe('星湖红书角');
  });

  it.each([
    ['digits', 'dang3'],
    ['too long', 'a'.repeat(400)],
    ['Han characters', '党史'],
    ['capitals', 'DangShi'],
    ['spaces', 'dang shi'],
    ['nothing', ''],
    ['apostrophes only', "''"],
  ])('refuses %s as invalid_input and changes nothing', async (_what, input) => {
    const t = await open();
    const before = dumpDatabase(t.dbFile);
    const error = await t.refused('ime.candidates', { input }, VISITOR);
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['input']);
    expect(dumpDatabase(t.dbFile)).toBe(before);
  });

  it('refuses a page out of range', async () => {
    const t = await open();
    expect((await t.refused('ime.candidates', { input: 'dang', limit: 0 }, VISITOR)).code).toBe(
      'invalid_input',
    );
    expect((await t.refused('ime.candidates', { input: 'dang', offset: -1 }, VISITOR)).code).toBe(
      'invalid_input',
    );
  });
});
