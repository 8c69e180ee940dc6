import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../../db/database';
import { tempDir } from '../../testing';
import { cached } from './statements';

test('a statement is prepared once per connection; a reopened database gets its own', () => {
  const file = path.join(tempDir(), 'x.sqlite');
  const a = openDatabase(file);
  const b = openDatabase(file);
  try {
    const sql = 'SELECT 1 AS one';
    expect(cached(a, sql)).toBe(cached(a, sql));
    expect(cached(b, sql)).not.toBe(cached(a, sql));
    expect(cached<[], { one: number }>(b, sql).get()).toEqual({ one: 1 });
  } finally {
    a.close();
    b.close();
  }
});
