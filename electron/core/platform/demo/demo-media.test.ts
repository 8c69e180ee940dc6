import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature } from '../../context';
import { FEATURES } from '../../features';
import type { Logger } from '../../log';
import { openTestCore, tempDir } from '../../testing';
import { picture } from '../media/media-testing';

const table = {
  version: 1,
  name: 'pictures',
  up: (db: Parameters<Feature['migrations'][number]['up']>[0]) =>
    db.exec('CREATE TABLE demo_pictures (media TEXT NOT NULL) STRICT'),
};

/** A feature whose demo draws a picture, imports it and stores a row that uses it. */
const drawing: Feature = {
  id: 'drawing',
  area: false,
  api: {},
  handlers: {},
  migrations: [table],
  async seedMedia(env) {
    const file = path.join(env.workDir, 'red.png');
    fs.writeFileSync(file, await picture('png', 40, 30));
    const info = await env.importFile(file);
    env.commit((db) => db.prepare('INSERT INTO demo_pictures (media) VALUES (?)').run(info.id));
  },
};

/** A feature whose demo fails half-way: the centre starts without it. */
const failing: Feature = {
  id: 'failing',
  area: false,
  api: {},
  handlers: {},
  migrations: [],
  seedMedia: () => Promise.reject(new Error('no pictures today')),
};

// The exhibitions' own demo (some seconds of drawing) is tested in its folder.
const others = FEATURES.filter((f) => f.id !== 'exhibitions');

function recordingLogger() {
  const errors: string[] = [];
  const log: Logger = { info: () => {}, warn: () => {}, error: (m) => void errors.push(m) };
  return { log, errors };
}

describe('demo content with files (Feature.seedMedia)', () => {
  it('imports files as the system, with variants, once, on a fresh folder with the demo', async () => {
    const { log, errors } = recordingLogger();
    const dataDir = tempDir();
    const t = await openTestCore({
      dataDir,
      demo: true,
      demoMedia: true,
      features: [...others, drawing, failing],
      log,
    });
    await t.signIn();
    const media = await t.ok('media.list', {});
    expect(media.rows).toHaveLength(1);
    expect(media.rows[0]).toMatchObject({ kind: 'image', name: 'red.png', createdBy: 'system' });
    expect(media.rows[0]?.variants).toEqual(expect.arrayContaining(['thumb', 'screen']));
    expect(errors).toEqual([expect.stringContaining('failing')]);
    // The work folder is gone.
    expect(fs.readdirSync(path.join(dataDir, 'media', '.tmp'))).toEqual([]);
    t.core.close();

    // A second start is not fresh: nothing is drawn again.
    const again = await openTestCore({
      dataDir,
      demo: true,
      demoMedia: true,
      features: [...others, drawing, failing],
      log,
    });
    await again.signIn();
    expect((await again.ok('media.list', {})).total).toBe(1);
    expect(errors).toHaveLength(1);
  });

  it('does nothing without the demo, or when asked to leave it out', async () => {
    for (const options of [
      { demo: false, demoMedia: true },
      { demo: true, demoMedia: false },
    ]) {
      const t = await openTestCore({ ...options, features: [...others, drawing] });
      await t.signIn();
      expect((await t.ok('media.list', {})).total).toBe(0);
    }
  });
});
