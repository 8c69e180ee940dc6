import { Readable } from 'node:stream';
import { Core, silentLogger } from '../../electron/core';
import { demoPictures } from '../../electron/core/features/exhibitions/demo/build';
import { sceneJpeg } from '../../electron/core/features/exhibitions/demo/raster';
import { exhibit, zh } from '../../electron/core/features/exhibitions/draft-kit';
import type { In } from '../../electron/shared';
import type { MediaInfo } from '../../electron/shared/media.types';
import { withComment } from './exhibitions.bench';
import { BENCH_PIN, call, progress, seconds, tmp } from './library.bench';
import { timeAsync } from './stats';

/** The photo set the viewer opens: its first picture is on the page already, the others are not. */
export const VIEWER_PHOTOS = 12;
/** Distinct drawings of the demo; every photo is one of them with its own bytes (and so its own id). */
const DRAWINGS = 8;
/** The show's slides run at the shortest pace the settings allow. */
export const SHOW_SECONDS = 3;

const ADMIN = 'bench:admin';
const CURATOR = 'bench:curator';
const REVIEWER = 'bench:reviewer';
const STAFF_PIN = '135790';
const KIND = 'exhibitions.exhibition';

/** Dates over the park's years in every form a curator types: a day, a month, a year, approximate. */
function dateOf(i: number, count: number): string {
  const year = 1992 + Math.floor((i * 35) / count);
  if (i % 10 === 3) return `约${year}年`;
  if (i % 7 === 0) return String(year);
  const mm = String((i % 12) + 1).padStart(2, '0');
  const dd = String((i % 28) + 1).padStart(2, '0');
  return i % 3 === 0 ? `${year}-${mm}` : `${year}-${mm}-${dd}`;
}

export interface Seeded {
  core: Core;
  dataDir: string;
  /** The timeline's exhibition and its photo set (the viewer's exhibit). */
  timelineId: number;
  photoSetUid: string;
  showId: number;
}

/**
 * A data folder with `pool` photos (the demo's drawings at 1600×1000, each copy with its own bytes,
 * imported with their variants), an exhibition of `exhibits` dated exhibits (one a photo set of
 * VIEWER_PHOTOS, the others a photo each) and an undated one of `showPhotos` photos in sets,
 * both saved by a curator and approved by a reviewer, the second chosen for the show.
 */
export async function seed(exhibits: number, showPhotos: number): Promise<Seeded> {
  const dataDir = tmp('hongyi-bench-screen-');
  const core = await Core.open({ dataDir, adminPin: BENCH_PIN, log: silentLogger, demo: false });
  await call(core, 'auth.signIn', { staffNo: 'admin', pin: BENCH_PIN }, ADMIN);
  for (const [client, staffNo, role] of [
    [CURATOR, 'c1', 'curator'],
    [REVIEWER, 'r1', 'reviewer'],
  ] as const) {
    await call(
      core,
      'staff.create',
      { staffNo, name: `员工${staffNo}`, roles: [role], pin: STAFF_PIN },
      ADMIN,
    );
    await call(core, 'auth.signIn', { staffNo, pin: STAFF_PIN }, client);
  }

  const [drawings, drawMs] = await timeAsync(() =>
    Promise.all(
      demoPictures()
        .slice(0, DRAWINGS)
        .map((p) => sceneJpeg(p.scene, 80)),
    ),
  );
  const pool = Math.max(showPhotos, VIEWER_PHOTOS);
  const photos: MediaInfo[] = [];
  const importOne = async (i: number) => {
    const file = withComment(drawings[i % drawings.length] ?? Buffer.alloc(0), `bench photo ${i}`);
    const r = await core.importMedia(
      Readable.from([file]),
      { declaredBytes: file.length, name: `P${i}.jpg` },
      ADMIN,
    );
    if (!r.ok) throw new Error(`photo ${i} refused: ${r.error.code}`);
    photos[i] = r.value;
  };
  const [, importMs] = await timeAsync(async () => {
    // Two at a time: sharp encodes on the thread pool.
    for (let i = 0; i < pool; i += 2) await Promise.all([i, i + 1].filter((n) => n < pool).map(importOne));
  });
  progress(
    `${DRAWINGS} demo drawings in ${seconds(drawMs)}; ${pool} photos imported with their variants in ${seconds(importMs)}`,
  );
  const photo = (i: number) => photos[i % pool]?.id ?? '';

  const dated = Array.from({ length: exhibits }, (_, i) =>
    i === 0
      ? exhibit({
          type: 'photoSet',
          title: zh('园区影像集'),
          caption: zh('一组园区的老照片'),
          date: '1992-05-18',
          media: Array.from({ length: VIEWER_PHOTOS }, (_, k) => ({
            mediaId: photo(k),
            caption: zh(`第${k + 1}张`),
          })),
        })
      : exhibit({
          type: 'photo',
          title: zh(`园区记忆 第${i + 1}号`),
          caption: zh(`园区第${i + 1}件展品的说明`),
          date: dateOf(i, exhibits),
          media: [{ mediaId: photo(i), caption: null }],
        }),
  );
  const save = async (input: In<'exhibitions.save'>) => {
    const { id } = await call(core, 'exhibitions.save', input, CURATOR);
    await call(core, 'review.submit', { kind: KIND, id }, CURATOR);
    await call(core, 'review.approve', { kind: KIND, id }, REVIEWER);
    return id;
  };
  const [timelineId, saveMs] = await timeAsync(() =>
    save({
      title: zh('园区时间线'),
      subtitle: null,
      intro: null,
      coverMediaId: photo(0),
      // A section holds up to 500 exhibits.
      sections: Array.from({ length: Math.ceil(exhibits / 500) }, (_, s) => ({
        title: zh(`第${s + 1}部分`),
        intro: null,
        period: null,
        exhibits: dated.slice(s * 500, (s + 1) * 500),
      })),
    }),
  );
  const showId = await save({
    title: zh('大屏轮播'),
    subtitle: null,
    intro: null,
    coverMediaId: photo(0),
    sections: [
      {
        title: zh('照片'),
        intro: null,
        period: null,
        // Undated, so the timeline holds the first exhibition's exhibits only; up to 200 photos a set.
        exhibits: Array.from({ length: Math.ceil(showPhotos / 100) }, (_, s) =>
          exhibit({
            type: 'photoSet',
            title: zh(`轮播照片 第${s + 1}组`),
            media: Array.from({ length: Math.min(100, showPhotos - s * 100) }, (_, k) => ({
              mediaId: photo(s * 100 + k),
              caption: zh(`第${s * 100 + k + 1}张`),
            })),
          }),
        ),
      },
    ],
  });
  await call(
    core,
    'settings.update',
    // A long idle time: a reset to the attract screen between two measurements would spoil both.
    { 'exhibitions.showIds': [showId], 'exhibitions.showSeconds': SHOW_SECONDS, 'kiosk.idleSeconds': 3600 },
    ADMIN,
  );
  progress(
    `${exhibits} exhibits saved, submitted and approved in ${seconds(saveMs)}; the show has ${showPhotos} photos`,
  );
  const published = await call(core, 'exhibitions.get', { id: timelineId }, 'bench:visitor');
  const photoSetUid = published.sections[0]?.exhibits[0]?.uid;
  if (!photoSetUid) throw new Error('the photo set was not published');
  return { core, dataDir, timelineId, photoSetUid, showId };
}
