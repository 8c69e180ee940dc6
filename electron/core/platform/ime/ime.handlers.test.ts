import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../../context';
import { dumpDatabase, openTestCore, type TestCore } from '../../testing';
import { FEATURES } from '../../features';
import { rebuilding, vocabularyRebuilt } from './ime.service';

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
  vocabularyVersion: (db) => String(db.prepare('SELECT count(*) FROM test_names').pluck().get()),
};

/** A core whose vocabulary is built: its first keystroke starts the build, and the test waits for it. */
async function warm(t: TestCore): Promise<TestCore> {
  await t.ok('ime.candidates', { input: 'a' }, VISITOR);
  await vocabularyRebuilt();
  return t;
}

const open = async () => warm(await openTestCore({ features: [...FEATURES, namesFeature] }));

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

  it('sees names added after the index was built, once the rebuild is done', async () => {
    const t = await open();
    expect((await texts(t, 'xhhsj'))[0]).not.toBe('星湖红书角');
    addName(t, '星湖红书角');
    await texts(t, 'xhhsj');
    await vocabularyRebuilt();
    expect((await texts(t, 'xhhsj'))[0]).toBe('星湖红书角');
    expect((await texts(t, 'xinghuhongshujiao'))[0]).toBe('星湖红书角');
  });

  it('answers the very first keystroke from the dictionary while the centre’s words are read', async () => {
    const t = await openTestCore({ features: [...FEATURES, namesFeature] });
    const first = await texts(t, 'hongyan');
    expect(rebuilding()).toBe(true);
    expect(first.length).toBeGreaterThan(0);
    expect(first).not.toContain('红岩');
    await vocabularyRebuilt();
    expect((await texts(t, 'hongyan'))[0]).toBe('红岩');
  });

  it('keeps answering keystrokes and searches from the previous vocabulary while it is rebuilt', async () => {
    const t = await warm(await openTestCore({ features: [...FEATURES, namesFeature], demo: true }));
    await t.signIn();
    expect((await texts(t, 'xhhsj'))[0]).not.toBe('星湖红书角');
    expect(rebuilding()).toBe(false);

    // A librarian adds a title: the next keystroke starts the rebuild and is answered at once.
    await t.ok('titles.create', { title: '星湖红书角' });
    const during = await texts(t, 'xhhsj');
    expect(rebuilding()).toBe(true);
    expect(during[0]).not.toBe('星湖红书角');
    const search = await t.ok('catalogue.search', { q: '红岩' }, VISITOR);
    const again = await texts(t, 'hongyan');
    expect(rebuilding()).toBe(true);
    expect(search.rows.map((r) => r.title)).toContain('红岩');
    expect(again[0]).toBe('红岩');

    await vocabularyRebuilt();
    expect(rebuilding()).toBe(false);
    expect((await texts(t, 'xhhsj'))[0]).toBe('星湖红书角');
    const search2 = await t.ok('catalogue.search', { q: '星湖红书角' }, VISITOR);
    expect(search2.rows[0]?.title).toBe('星湖红书角');
  });

  it('a write that changes no word starts no rebuild', async () => {
    const t = await open();
    await texts(t, 'dang');
    await t.ok('visits.begin', { language: 'zh-CN' }, VISITOR);
    await texts(t, 'dang');
    expect(rebuilding()).toBe(false);
  });

  it('writes the candidates in Traditional characters for a 繁體 screen', async () => {
    const t = await open();
    const value = await t.ok('ime.candidates', { input: 'dsxxj', limit: 3, script: 'traditional' }, VISITOR);
    expect(value.candidates[0]).toEqual({ text: '黨史學習角', consumed: 5 });
    expect((await texts(t, 'dsxxj'))[0]).toBe('党史学习角');
    expect((await t.refused('ime.candidates', { input: 'dang', script: 'hant' }, VISITOR)).code).toBe(
      'invalid_input',
    );
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
