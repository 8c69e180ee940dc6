import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { isBusy, tempDir } from '../testing';
import { yieldToLoop } from '../platform/work/slices';
import { openDatabase, type WriteDb } from './database';
import { longTransaction } from './long-transaction';
import { afterLongWrites, longWrite as holdWrites } from './long-write';

function open() {
  const db = openDatabase(path.join(tempDir(), 'x.sqlite'));
  db.exec('CREATE TABLE t (n INTEGER NOT NULL) STRICT');
  return db;
}
/** A long write as the dispatcher makes one, here on this thread: the others held, one transaction. */
const longWrite = <T>(db: WriteDb, work: (w: WriteDb) => Promise<T>) =>
  holdWrites(db, () => longTransaction(db.name, work));
const count = (db: ReturnType<typeof open>) => db.prepare('SELECT count(*) FROM t').pluck().get();

describe('a long write', () => {
  test('others read the database as it was until it commits, and cannot write meanwhile', async () => {
    const db = open();
    const seen: unknown[] = [];
    let refused: unknown;
    const writing = longWrite(db, async (w) => {
      for (let i = 0; i < 3; i++) {
        w.prepare('INSERT INTO t (n) VALUES (?)').run(i);
        await yieldToLoop();
      }
      return 'done';
    });
    await yieldToLoop();
    seen.push(count(db));
    try {
      db.prepare('INSERT INTO t (n) VALUES (99)').run();
    } catch (err) {
      refused = err;
    }
    expect(await writing).toBe('done');
    expect(seen).toEqual([0]);
    expect(isBusy(refused)).toBe(true);
    expect(count(db)).toBe(3);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  test('its pages are in the database file itself when it ends: the WAL has been checkpointed', async () => {
    const db = open();
    await longWrite(db, async (w) => {
      for (let i = 0; i < 2000; i++) w.prepare('INSERT INTO t (n) VALUES (?)').run(i);
      await yieldToLoop();
    });
    // The file alone, without its WAL, as a copy taken now would hold it.
    const copy = path.join(tempDir(), 'copy.sqlite');
    fs.copyFileSync(db.name, copy);
    const alone = new Database(copy, { readonly: true });
    expect(alone.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2000);
    alone.close();
  });

  test('a write that is not declared runs at once when the database is free, else just after the commit', async () => {
    const db = open();
    const insert = (n: number) => () => db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
    const order: string[] = [];
    void afterLongWrites(db, insert(1)).then(() => order.push('free'));
    expect(count(db)).toBe(1);

    const writing = longWrite(db, async (w) => {
      w.prepare('INSERT INTO t (n) VALUES (2)').run();
      await yieldToLoop();
      await yieldToLoop();
      order.push('long');
    });
    const held = afterLongWrites(db, insert(3)).then(() => order.push('held'));
    await Promise.all([writing, held]);
    expect(order).toEqual(['free', 'long', 'held']);
    expect(db.prepare('SELECT n FROM t ORDER BY rowid').pluck().all()).toEqual([1, 2, 3]);
  });

  test('a failure rolls all of it back; long writes on one database take turns', async () => {
    const db = open();
    const order: string[] = [];
    const failing = longWrite(db, async (w) => {
      w.prepare('INSERT INTO t (n) VALUES (1)').run();
      await yieldToLoop();
      order.push('first');
      throw new Error('disk full');
    });
    const second = longWrite(db, async (w) => {
      order.push('second');
      w.prepare('INSERT INTO t (n) VALUES (2)').run();
      return Promise.resolve();
    });
    await expect(failing).rejects.toThrow('disk full');
    await second;
    expect(order).toEqual(['first', 'second']);
    expect(db.prepare('SELECT n FROM t').pluck().all()).toEqual([2]);
  });
});
