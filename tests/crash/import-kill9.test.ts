import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../electron/shared';
import { HostClient, hostBuilt, startHostProcess, tempDataDir, type HostProcess } from './host-process';
import { KILL9_ADMIN_PIN } from './kill9';

const ROWS = 10_000;
/**
 * When each cycle's kill comes, as a share of the time the first import took (its worker was starting
 * then: later imports are quicker): while the file is read, while it is written, about its commit.
 */
const KILL_AT = [0.1, 0.3, 0.5, 0.7];
const BATCHES = ['乙', '丙', '丁', '戊'];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A catalogue file of `ROWS` titles named after their batch, so each import's titles can be counted. */
function catalogue(batch: string): string {
  const lines = ['书名,作者,复本数,馆藏位置'];
  for (let i = 1; i <= ROWS; i++) lines.push(`${batch}字读本第${i}册,编写组 编,${1 + (i % 2)},新书架`);
  return Buffer.from(`${lines.join('\n')}\n`).toString('base64');
}

/** The database as the restarted host has it: its integrity, and how many of the batch's titles it holds. */
function seen(dataDir: string, batch: string): { integrity: string; titles: number } {
  const db = new Database(path.join(dataDir, 'hongyi.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; ');
    const titles = db
      .prepare('SELECT count(*) FROM titles WHERE title LIKE ?')
      .pluck()
      .get(`${batch}字读本%`) as number;
    return { integrity, titles };
  } finally {
    db.close();
  }
}

async function librarian(host: HostProcess): Promise<HostClient> {
  const client = new HostClient(host.url);
  await client.ok('auth.signIn', { staffNo: 'admin', pin: KILL9_ADMIN_PIN });
  return client;
}

const importFile = (client: HostClient, batch: string) =>
  client.invoke('catalogue.import', { fileName: `${batch}.csv`, contentBase64: catalogue(batch) });

// The built host, as kill9.test.ts uses it (`npm test` builds it first).
describe.skipIf(!hostBuilt())(
  'the host killed with SIGKILL during a catalogue import (needs dist/electron/host.js)',
  () => {
    it('keeps all of the file or none of it, whenever the kill comes, and takes it again after', async () => {
      const folder = tempDataDir('hongyi-import-kill9-');
      let host: HostProcess | null = await startHostProcess(folder.dir, KILL9_ADMIN_PIN);
      try {
        // A whole import first: how long one takes here, to spread the kills over it.
        const t0 = performance.now();
        expect((await importFile(await librarian(host), '甲')).ok).toBe(true);
        const took = performance.now() - t0;
        expect(seen(folder.dir, '甲').titles).toBe(ROWS);

        for (const [i, share] of KILL_AT.entries()) {
          const batch = BATCHES[i] ?? String(i);
          const client = await librarian(host);
          // No answer (null) when the kill cuts the connection.
          const answered = importFile(client, batch).then(
            (r): Result<unknown> | null => r,
            () => null,
          );
          await sleep(share * took);
          await host.kill();
          host = null;
          const answer = await answered;
          host = await startHostProcess(folder.dir, KILL9_ADMIN_PIN);
          const after = seen(folder.dir, batch);
          const what = `kill at ${Math.round(share * took)} ms of ${Math.round(took)}: ${JSON.stringify(after)}`;
          expect(after.integrity, what).toBe('ok');
          expect([0, ROWS], what).toContain(after.titles);
          // What the librarian was told was imported is there.
          if (answer?.ok) expect(after.titles, what).toBe(ROWS);
          if (after.titles === 0) {
            expect((await importFile(await librarian(host), batch)).ok, what).toBe(true);
            expect(seen(folder.dir, batch).titles, what).toBe(ROWS);
          }
        }
        expect(seen(folder.dir, '甲').titles).toBe(ROWS);
      } finally {
        await host?.stop();
        folder.remove();
      }
    }, 600_000);
  },
);
