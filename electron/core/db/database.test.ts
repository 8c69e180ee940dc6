import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { damageFile, tempDir } from '../testing';
import { checkFile, openDatabase } from './database';

/** A real database of a few dozen pages, closed (so its WAL is folded back into the file). */
function makeDatabase(file: string): void {
  const db = openDatabase(file);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`row ${i} ${'·'.repeat(20)}`);
  })();
  db.close();
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every writable handle', () => {
    const db = openDatabase(path.join(tempDir(), 'a.sqlite'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      db.close();
    }
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(path.join(tempDir(), 'fk.sqlite'));
    try {
      db.exec(`CREATE TABLE p (id INTEGER PRIMARY KEY) STRICT;
               CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER NOT NULL REFERENCES p (id)) STRICT;`);
      expect(() => db.prepare('INSERT INTO c (p) VALUES (42)').run()).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('opens read-only handles that refuse writes', () => {
    const file = path.join(tempDir(), 'ro.sqlite');
    makeDatabase(file);
    const db = openDatabase(file, { readonly: true });
    try {
      expect(db.readonly).toBe(true);
      expect(() => db.exec('DELETE FROM t')).toThrow(/readonly/);
    } finally {
      db.close();
    }
  });
});

describe('checkFile', () => {
  it('finds nothing wrong with a sound file', () => {
    const file = path.join(tempDir(), 'ok.sqlite');
    makeDatabase(file);
    expect(checkFile(file, 'quick')).toEqual([]);
    expect(checkFile(file, 'integrity')).toEqual([]);
  });

  it('reports a file damaged in the middle without writing to it', () => {
    const file = path.join(tempDir(), 'bad.sqlite');
    makeDatabase(file);
    damageFile(file);
    const bytes = fs.readFileSync(file);
    expect(checkFile(file, 'quick').length).toBeGreaterThan(0);
    expect(checkFile(file, 'integrity').length).toBeGreaterThan(0);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('reports a file that is not a database, and a missing file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'junk.sqlite'), 'not a database at all, just some text'.repeat(200));
    expect(checkFile(path.join(dir, 'junk.sqlite'))).toEqual([expect.stringMatching(/not a database/)]);
    expect(checkFile(path.join(dir, 'missing.sqlite')).length).toBe(1);
    expect(fs.existsSync(path.join(dir, 'missing.sqlite'))).toBe(false);
  });
});
