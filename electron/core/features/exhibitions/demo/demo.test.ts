import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXHIBIT_TYPES, PARTY_PERIODS } from '../../../../shared/exhibitions.types';
import { probe } from '../../../platform/media/av';
import { readSheet } from '../../../platform/tables/sheet-read';
import { buildDemoExhibitions, CAPTION_CSV, CAPTION_XLSX, demoPictures } from './build';
import { CAPTION_COLUMNS } from './caption-sheet';
import type { DemoExhibit, DemoExhibitionsBuild } from './demo-types';
import { sceneSvg } from './scenes';
import { TESTIMONY_FILE, TESTIMONY_VTT_ZH, testimonyCues } from './testimony';

let root: string;
let first: DemoExhibitionsBuild;
let second: DemoExhibitionsBuild;
let buildMs = 0;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'hongyi-exh-demo-'));
  const t0 = performance.now();
  first = await buildDemoExhibitions(path.join(root, 'a'));
  buildMs = performance.now() - t0;
  second = await buildDemoExhibitions(path.join(root, 'b'));
}, 240_000);

afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

type Built = DemoExhibitionsBuild['exhibitions'][number];

function nth(i: number): Built {
  const x = first.exhibitions[i];
  if (!x) throw new Error(`exhibition ${i} missing`);
  return x;
}
const park = () => nth(0);
const party = () => nth(1);

const exhibitsOf = (x: Built): DemoExhibit[] => x.sections.flatMap((s) => s.exhibits);
const allExhibits = () => first.exhibitions.flatMap(exhibitsOf);
const mediaFiles = () => allExhibits().flatMap((e) => e.media.map((m) => m.file));

/** The forms a curator types: 1992, 1992-05, 1992-09-18, 约1995年, 约1990年代. */
const DATE_FORM =
  /^(\d{4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])|约\d{4}年|约\d{3}0年代)$/;

describe('the demo exhibitions build', () => {
  it('writes every file it names, and no other', async () => {
    console.log(`demo exhibitions built in ${Math.round(buildMs)} ms`);
    const written = (await fs.readdir(first.dir)).sort();
    expect(written).toEqual([...first.files].sort());
    const named = new Set([...mediaFiles(), ...first.exhibitions.map((x) => x.coverFile)]);
    named.add(first.captionSheets.xlsx).add(first.captionSheets.csv);
    for (const f of named) expect(written, f).toContain(f);
    for (const f of written) expect((await fs.stat(path.join(first.dir, f))).size, f).toBeGreaterThan(0);
  });

  it('holds 40+ park exhibits in dated stages, and the four Party-history periods in order', () => {
    expect(exhibitsOf(park()).length).toBeGreaterThanOrEqual(40);
    expect(park().sections.length).toBeGreaterThanOrEqual(5);
    expect(party().sections.map((s) => s.period)).toEqual([...PARTY_PERIODS]);
    for (const s of party().sections) {
      expect(s.exhibits.length, s.title['zh-CN']).toBeGreaterThanOrEqual(2);
      expect(s.exhibits.length, s.title['zh-CN']).toBeLessThanOrEqual(4);
    }
    const uids = [
      ...first.exhibitions.flatMap((x) => x.sections.map((s) => s.uid)),
      ...allExhibits().map((e) => e.uid),
    ];
    expect(new Set(uids).size).toBe(uids.length);
  });

  it('dates every exhibit in one of the curator’s forms, with all the forms in use', () => {
    const dates = allExhibits().map((e) => e.date);
    for (const d of dates) expect(d).toMatch(DATE_FORM);
    expect(dates.some((d) => /^\d{4}$/.test(d ?? ''))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d ?? ''))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? ''))).toBe(true);
    expect(dates.some((d) => /^约\d{3}0年代$/.test(d ?? ''))).toBe(true);
  });

  it('gives every exhibit a known type, a title in 简体 and English, a credit that says it is illustrated', () => {
    for (const e of allExhibits()) {
      expect(EXHIBIT_TYPES).toContain(e.type);
      expect(e.title['zh-CN'].trim(), e.uid).not.toBe('');
      expect(e.title.en?.trim(), e.uid).toBeTruthy();
      if (e.media.length > 0) expect(e.credit?.['zh-CN'], e.uid).toMatch(/示意/);
      if (e.type === 'text') expect(e.body, e.uid).not.toBeNull();
      if (e.type === 'photo' || e.type === 'document') expect(e.media.length, e.uid).toBe(1);
      if (e.type === 'photoSet') expect(e.media.length, e.uid).toBeGreaterThanOrEqual(2);
    }
    expect(park().intro?.['zh-CN']).toMatch(/虚构/);
    expect(party().intro?.['zh-CN']).toMatch(/示意插画/);
  });

  it('draws pictures that differ from one another, each with its 示意插画 tag', async () => {
    const pictures = demoPictures();
    expect(pictures.length).toBeGreaterThanOrEqual(50);
    const bytes = await Promise.all(pictures.map((p) => fs.readFile(path.join(first.dir, p.file))));
    expect(new Set(bytes.map((b) => b.toString('base64'))).size).toBe(pictures.length);
    for (const [i, b] of bytes.entries())
      expect([...b.subarray(0, 3)], pictures[i]?.file).toEqual([0xff, 0xd8, 0xff]);
    for (const p of pictures) expect(sceneSvg(p.scene)).toContain('示意插画');
  });

  it('lists every media file with its caption in the XLSX and the GB18030 CSV, the same rows in both', async () => {
    const xlsx = await readSheet(CAPTION_XLSX, await fs.readFile(path.join(first.dir, CAPTION_XLSX)));
    const csv = await readSheet(CAPTION_CSV, await fs.readFile(path.join(first.dir, CAPTION_CSV)));
    expect(xlsx.format).toBe('xlsx');
    expect(csv.format).toBe('csv');
    expect(csv.encoding).toBe('gb18030');
    const header = Object.values(CAPTION_COLUMNS).map((names) => names[0]);
    expect(xlsx.rows[0]?.cells).toEqual(header);
    expect(csv.rows.map((r) => r.cells)).toEqual(xlsx.rows.map((r) => r.cells));
    const byFile = new Map(xlsx.rows.slice(1).map((r) => [r.cells[0], r.cells]));
    expect(byFile.size).toBe(xlsx.rows.length - 1);
    for (const e of allExhibits()) {
      for (const m of e.media) {
        const row = byFile.get(m.file);
        expect(row, m.file).toBeDefined();
        expect(row?.[1], m.file).toBe(e.date ?? '');
        expect(row?.[2]?.trim(), m.file).not.toBe('');
        if (m.caption) expect(row?.[2], m.file).toContain(m.caption['zh-CN']);
        expect(row?.[5], m.file).toBe(e.credit?.['zh-CN']);
      }
    }
    expect([...byFile.keys()].sort()).toEqual([...new Set(mediaFiles())].sort());
  });

  it('makes the testimony a real WebM of 20–40 s, small, with VP8 video and sound', async () => {
    const file = path.join(first.dir, TESTIMONY_FILE);
    const bytes = await fs.readFile(file);
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(bytes.subarray(0, 64).includes(Buffer.from('webm'))).toBe(true);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const info = await probe(file);
    expect(info?.video).toEqual({ codec: 'vp8', width: 640, height: 360 });
    expect(info?.audio?.codec).toBe('opus');
    expect(info?.durationS).toBeGreaterThanOrEqual(20);
    expect(info?.durationS).toBeLessThanOrEqual(40);
  });

  it('gives the testimony 简体 subtitles whose cues are in order, and a transcript of the same lines', async () => {
    const video = allExhibits().find((e) => e.type === 'video');
    expect(video?.media.map((m) => m.file)).toEqual([TESTIMONY_FILE]);
    const vtt = await fs.readFile(path.join(first.dir, TESTIMONY_VTT_ZH), 'utf8');
    expect(video?.subtitles?.['zh-CN']).toBe(vtt);
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    const cues = [...vtt.matchAll(/(\d\d):(\d\d):(\d\d\.\d{3}) --> (\d\d):(\d\d):(\d\d\.\d{3})\n(.+)/g)].map(
      (m) => ({
        start: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]),
        end: Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6]),
        text: m[7] ?? '',
      }),
    );
    expect(cues.map((c) => c.text)).toEqual(testimonyCues['zh-CN'].map((c) => c.text));
    let last = 0;
    for (const c of cues) {
      expect(c.start).toBeGreaterThanOrEqual(last);
      expect(c.end).toBeGreaterThan(c.start);
      last = c.end;
    }
    const duration = (await probe(path.join(first.dir, TESTIMONY_FILE)))?.durationS ?? 0;
    expect(last).toBeLessThanOrEqual(duration);
    expect(video?.body?.['zh-CN']).toBe(cues.map((c) => c.text).join(''));
  });

  it('writes the same bytes on every build', async () => {
    expect(second.exhibitions).toEqual(first.exhibitions);
    for (const f of first.files) {
      const [a, b] = await Promise.all([
        fs.readFile(path.join(first.dir, f)),
        fs.readFile(path.join(second.dir, f)),
      ]);
      expect(a.equals(b), f).toBe(true);
    }
  });
});
