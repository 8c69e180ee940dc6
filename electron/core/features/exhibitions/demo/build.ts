import fs from 'node:fs/promises';
import path from 'node:path';
import type { DraftText } from '../../../../shared/exhibitions.types';
import { writeCaptionCsv, writeCaptionXlsx, type CaptionRow } from './caption-sheet';
import type {
  DemoExhibit,
  DemoExhibitSource,
  DemoExhibition,
  DemoExhibitionSource,
  DemoExhibitionsBuild,
  DemoPicture,
  Words,
} from './demo-types';
import { partyHistory } from './party-history';
import { parkHistory } from './park-history';
import { sceneJpeg } from './raster';
import {
  STILL_SECONDS,
  TESTIMONY_FILE,
  TESTIMONY_VTT_EN,
  TESTIMONY_VTT_ZH,
  testimonyCues,
  testimonyExhibit,
  testimonyStills,
} from './testimony';
import { buildStillsVideo, toVtt } from './video';

export type {
  DemoExhibit,
  DemoExhibition,
  DemoExhibitionsBuild,
  DemoMediaFile,
  DemoSection,
} from './demo-types';

export const CAPTION_XLSX = '说明.xlsx';
export const CAPTION_CSV = 'captions.csv';
const JPEG_QUALITY = 80;

/** The demo's two exhibitions as written in its data files. */
export const demoExhibitionSources: readonly DemoExhibitionSource[] = [parkHistory, partyHistory];

/** Every drawn picture of the data, in order. */
export function demoPictures(): DemoPicture[] {
  return demoExhibitionSources.flatMap((x) =>
    x.sections.flatMap((s) => s.exhibits.flatMap((e) => e.pictures)),
  );
}

const draft = (w: Words): DraftText => ({ 'zh-CN': w[0], 'zh-TW': null, en: w[1] });
const maybe = (w: Words | undefined): DraftText | null => (w ? draft(w) : null);

/** What every drawn picture's credit says when its exhibit names none. */
const ILLUSTRATION_CREDIT: Words = [
  '红驿演示内容 · 示意插画（人物与企业为虚构）',
  'Hongyi demo content · illustration (people and companies are fictional)',
];

function transcript(lang: 'zh-CN' | 'en'): string {
  return testimonyCues[lang].map((c) => c.text).join(lang === 'en' ? ' ' : '');
}

function exhibit(e: DemoExhibitSource): DemoExhibit {
  const video = e.uid === testimonyExhibit.uid;
  return {
    uid: e.uid,
    type: e.type,
    title: draft(e.title),
    caption: maybe(e.caption),
    // The testimony's body is its transcript: the subtitles' lines in order.
    body: video ? draft([transcript('zh-CN'), transcript('en')]) : maybe(e.body),
    date: e.date,
    place: maybe(e.place),
    people: maybe(e.people),
    credit: draft(e.credit ?? ILLUSTRATION_CREDIT),
    tags: [...e.tags],
    media: video
      ? [{ file: TESTIMONY_FILE, caption: null }]
      : e.pictures.map((p) => ({ file: p.file, caption: maybe(p.caption) })),
    subtitles: video
      ? { 'zh-CN': toVtt(testimonyCues['zh-CN']), 'zh-TW': null, en: toVtt(testimonyCues.en) }
      : null,
    links: [],
    ...(e.highlight ? { highlight: true } : {}),
  };
}

function exhibition(x: DemoExhibitionSource): DemoExhibition {
  return {
    title: draft(x.title),
    subtitle: maybe(x.subtitle),
    intro: maybe(x.intro),
    coverFile: x.coverFile,
    sections: x.sections.map((s) => ({
      uid: s.uid,
      title: draft(s.title),
      intro: maybe(s.intro),
      period: s.period ?? null,
      exhibits: s.exhibits.map(exhibit),
    })),
  };
}

/** One line per media file: the picture's own caption after its exhibit's title, or the exhibit's. */
function captionRows(exhibitions: readonly DemoExhibition[]): CaptionRow[] {
  return exhibitions.flatMap((x) =>
    x.sections.flatMap((s) =>
      s.exhibits.flatMap((e) =>
        e.media.map((m) => ({
          file: m.file,
          date: e.date ?? '',
          caption: m.caption
            ? `${e.title['zh-CN']}：${m.caption['zh-CN']}`
            : (e.caption?.['zh-CN'] ?? e.title['zh-CN']),
          place: e.place?.['zh-CN'] ?? '',
          people: e.people?.['zh-CN'] ?? '',
          credit: e.credit?.['zh-CN'] ?? '',
        })),
      ),
    ),
  );
}

async function drawPicture(dir: string, p: DemoPicture): Promise<void> {
  await fs.writeFile(path.join(dir, p.file), await sceneJpeg(p.scene, JPEG_QUALITY));
}

/**
 * Writes the demo centre's exhibitions into `dir`: the drawn pictures (JPEG), the testimony
 * (WebM, VP8 and Opus) with its subtitles (`*.zh-CN.vtt`, `*.en.vtt`), and the caption sheet as
 * `说明.xlsx` and as a GB18030 `captions.csv`. Answers the drafts with file names where media ids go.
 * The same bytes on every run (seeded drawings, fixed workbook dates, bit-exact ffmpeg).
 */
export async function buildDemoExhibitions(dir: string): Promise<DemoExhibitionsBuild> {
  await fs.mkdir(dir, { recursive: true });
  const exhibitions = demoExhibitionSources.map(exhibition);
  const pictures = demoPictures();
  const video = buildStillsVideo(testimonyStills, STILL_SECONDS, path.join(dir, TESTIMONY_FILE));
  // Four pictures at a time: librsvg and libvips use the other cores within each.
  for (let i = 0; i < pictures.length; i += 4) {
    await Promise.all(pictures.slice(i, i + 4).map((p) => drawPicture(dir, p)));
  }
  const rows = captionRows(exhibitions);
  await writeCaptionXlsx(path.join(dir, CAPTION_XLSX), rows);
  await writeCaptionCsv(path.join(dir, CAPTION_CSV), rows);
  await fs.writeFile(path.join(dir, TESTIMONY_VTT_ZH), toVtt(testimonyCues['zh-CN']));
  await fs.writeFile(path.join(dir, TESTIMONY_VTT_EN), toVtt(testimonyCues.en));
  await video;
  return {
    dir,
    exhibitions,
    files: [
      ...pictures.map((p) => p.file),
      TESTIMONY_FILE,
      TESTIMONY_VTT_ZH,
      TESTIMONY_VTT_EN,
      CAPTION_XLSX,
      CAPTION_CSV,
    ],
    captionSheets: { xlsx: CAPTION_XLSX, csv: CAPTION_CSV },
  };
}
