import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A released migration is never edited: every migration file's hash is in `migrations.lock.json`,
 * and a change to one fails here. A new migration is added to the lock with
 * `UPDATE_MIGRATION_LOCK=1 npx vitest run electron/core/db/migrations.lock.test.ts` (which only
 * ever adds entries). White space is folded, so reformatting is not an edit.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const coreDir = path.resolve(here, '..');
const lockFile = path.join(here, 'migrations.lock.json');

function migrationFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((e) => {
    const full = path.join(e.parentPath, e.name);
    const isMigration =
      e.isFile() && path.basename(e.parentPath) === 'migrations' && /^\d{3}-.*\.ts$/.test(e.name);
    return isMigration && !e.name.endsWith('.test.ts')
      ? [path.relative(coreDir, full).split(path.sep).join('/')]
      : [];
  });
}

const hashOf = (file: string) =>
  createHash('sha256')
    .update(fs.readFileSync(path.join(coreDir, file), 'utf8').replace(/\s+/g, ' '))
    .digest('hex');

describe('released migrations', () => {
  const files = migrationFiles(coreDir).sort();
  const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Record<string, string>;

  it('finds the migration files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('are never edited, renamed or removed', () => {
    if (process.env.UPDATE_MIGRATION_LOCK === '1') {
      const next = { ...lock };
      for (const f of files) next[f] ??= hashOf(f);
      fs.writeFileSync(lockFile, `${JSON.stringify(next, null, 2)}\n`);
      Object.assign(lock, next);
    }
    for (const [file, hash] of Object.entries(lock)) {
      expect(files, `${file} was released; it must stay`).toContain(file);
      expect(hashOf(file), `${file} was released; write a new migration instead of editing it`).toBe(hash);
    }
    const unlocked = files.filter((f) => !(f in lock));
    expect(unlocked, 'new migrations: add them to the lock (see the comment at the top)').toEqual([]);
  });
});
