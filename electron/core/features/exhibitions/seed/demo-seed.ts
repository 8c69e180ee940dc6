import path from 'node:path';
import type { DraftExhibition } from '../../../../shared/exhibitions.types';
import type { WriteDb } from '../../../db/database';
import { uuidv7 } from '../../../db/uuid';
import type { DemoMediaEnv } from '../../../platform/demo/demo-media';
import { publishAsIs } from '../../../platform/publishing/publishing.service';
import { writeSettings } from '../../../platform/settings/settings.repo';
import { exhibitionKind } from '../content/exhibition.kind';
import { buildDemoExhibitions, type DemoExhibition } from '../demo/build';
import { exhibitionsRepo } from '../exhibitions.repo';

function filesOf(x: DemoExhibition): string[] {
  return [x.coverFile, ...x.sections.flatMap((s) => s.exhibits.flatMap((e) => e.media.map((m) => m.file)))];
}

/**
 * Stores one demo exhibition as a curator's draft would be stored and publishes it as it is, by
 * the system (as the reading room's demo lists are). The generator names its sections and
 * exhibits with readable slugs; rows get UUIDv7s like any other.
 */
function storeExhibition(db: WriteDb, x: DemoExhibition, ids: ReadonlyMap<string, string>, at: Date): number {
  const media = (file: string) => {
    const id = ids.get(file);
    if (!id) throw new Error(`Demo file ${file} was not imported`);
    return id;
  };
  const uid = () => uuidv7(at.getTime());
  const sections = x.sections.map((s) => ({
    ...s,
    uid: uid(),
    exhibits: s.exhibits.map((e) => ({
      ...e,
      uid: uid(),
      media: e.media.map((m) => ({ mediaId: media(m.file), caption: m.caption })),
    })),
  }));
  const draft: DraftExhibition = {
    title: x.title,
    subtitle: x.subtitle,
    intro: x.intro,
    coverMediaId: media(x.coverFile),
    sections,
  };
  const repo = exhibitionsRepo(db);
  const id = repo.store({ uid: uid(), position: repo.nextPosition(), draft, sections, at: at.toISOString() });
  publishAsIs(db, exhibitionKind, id, at);
  return id;
}

/**
 * The demo centre's exhibitions (`Feature.seedMedia`): the generator draws its pictures and
 * encodes its testimony into the work folder, the files go into the media store as uploads do
 * (variants made), then the exhibitions are stored and published in one transaction, and the
 * big-screen show is set to run them.
 */
export async function seedDemoExhibitions(env: DemoMediaEnv): Promise<void> {
  const build = await buildDemoExhibitions(path.join(env.workDir, 'exhibitions'));
  const ids = new Map<string, string>();
  for (const file of new Set(build.exhibitions.flatMap(filesOf))) {
    ids.set(file, (await env.importFile(path.join(build.dir, file))).id);
  }
  const at = env.now();
  env.commit((db) => {
    const shown = build.exhibitions.map((x) => storeExhibition(db, x, ids, at));
    writeSettings(db, { 'exhibitions.showIds': shown });
  });
}
