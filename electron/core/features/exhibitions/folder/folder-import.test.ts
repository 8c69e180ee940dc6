import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { In } from '../../../../shared';
import type { MediaInfo } from '../../../../shared/media.types';
import { picture } from '../../../platform/media/media-testing';
import { ADMIN_CLIENT } from '../../../testing';
import { encodeGb18030 } from '../../../platform/tables/gb18030-encode';
import { buildDemoExhibitions, type DemoExhibitionsBuild } from '../demo/build';
import { openExhibitions, type ExhibitionsKit } from '../exhibitions-test-kit';

let t: ExhibitionsKit;
let librarian: string;
let demo: DemoExhibitionsBuild;
let demoFiles: { name: string; mediaId: string }[];
let extra: MediaInfo;

const sheet = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });
const csv = (text: string) => Buffer.from(text, 'utf8');
const importFolder = (input: In<'exhibitions.importFolder'>, client = t.curator) =>
  t.ok('exhibitions.importFolder', input, client);

async function store(bytes: Buffer, name: string): Promise<MediaInfo> {
  const r = await t.core.importMedia(Readable.from([bytes]), { name }, ADMIN_CLIENT);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'hongyi-folder-'));
  t = await openExhibitions(dir);
  librarian = await t.staffMember('lib1', ['librarian']);
  demo = await buildDemoExhibitions(path.join(dir, 'demo'));
  // What the curator's screen does first: each photo (and the testimony) uploaded on its own.
  const media = demo.files.filter((f) => /\.(jpe?g|png|webm)$/i.test(f));
  demoFiles = [];
  for (const name of media) {
    const info = await store(fs.readFileSync(path.join(demo.dir, name)), name);
    demoFiles.push({ name, mediaId: info.id });
  }
  extra = await store(await picture('jpeg', 40, 30, { r: 90, g: 90, b: 10 }), '未登记.jpg');
}, 180_000);
afterAll(() => {
  fs.rmSync(path.dirname(demo.dir), { recursive: true, force: true });
  t.dispose();
});

describe('exhibitions.importFolder', () => {
  it('takes the demo folder with its XLSX caption sheet: every row added, as a new draft', async () => {
    const report = await importFolder({
      sheet: sheet(demo.captionSheets.xlsx, fs.readFileSync(path.join(demo.dir, demo.captionSheets.xlsx))),
      files: demoFiles,
    });
    expect(report.refused).toEqual([]);
    expect(report.added).toBe(demoFiles.length);
    expect(report.sheet).toEqual({ format: 'xlsx', encoding: null, rows: demoFiles.length });
    expect(report.created).toBe(true);
    const draft = await t.ok('exhibitions.draft', { id: report.exhibitionId }, t.curator);
    expect(draft.title['zh-CN']).toBe('说明');
    const exhibits = draft.sections[0]?.exhibits ?? [];
    // In the sheet's order: each file of the folder once.
    expect(exhibits.map((x) => x.media[0]?.mediaId).sort()).toEqual(demoFiles.map((f) => f.mediaId).sort());
    expect(new Set(exhibits.map((x) => x.type))).toEqual(new Set(['photo', 'video']));
    expect(exhibits.every((x) => x.caption !== null && x.title['zh-CN'] !== '')).toBe(true);
    const drafts = await t.ok('exhibitions.drafts', {}, t.curator);
    expect(drafts.find((d) => d.id === report.exhibitionId)?.publishing.state).toBe('draft');
  });

  it('reads the same sheet as a GB18030 CSV into a new section of an existing draft', async () => {
    const id = await t.save({
      title: { 'zh-CN': '园区', 'zh-TW': null, en: null },
      subtitle: null,
      intro: null,
      coverMediaId: null,
      sections: [],
    });
    const report = await importFolder({
      exhibitionId: id,
      sectionTitle: '园区老照片',
      sheet: sheet(demo.captionSheets.csv, fs.readFileSync(path.join(demo.dir, demo.captionSheets.csv))),
      files: demoFiles,
    });
    expect(report).toMatchObject({ exhibitionId: id, created: false, added: demoFiles.length, refused: [] });
    expect(report.sheet).toMatchObject({ format: 'csv', encoding: 'gb18030' });
    const draft = await t.ok('exhibitions.draft', { id }, t.curator);
    expect(draft.sections.map((s) => [s.uid, s.title['zh-CN']])).toEqual([[report.sectionUid, '园区老照片']]);
    const first = draft.sections[0]?.exhibits[0];
    const firstRow = fs.readFileSync(path.join(demo.dir, demo.captionSheets.csv));
    expect(firstRow.includes(encodeGb18030(first?.caption?.['zh-CN'] ?? '∅'))).toBe(true);
  });

  it('lists each row or file it refused, with its row number and why, and adds the rest', async () => {
    const [a, b] = demoFiles;
    if (!a || !b) throw new Error('the demo has no files');
    const text = [
      'file,date,caption,place,people,credit',
      `${a.name},1994-05,第一栋厂房落成，工人合影,星湖路1号,建设者,园区档案室`,
      `没有这张.jpg,1995,不存在的照片,,,`,
      `${b.name},去年春天,日期看不懂,,,`,
      `${a.name},1996,同一张照片第二行,,,`,
      `,1997,没有文件名,,,`,
      '',
    ].join('\n');
    const report = await importFolder({
      sheet: sheet('captions.csv', csv(text)),
      files: [a, b, { name: '未登记.jpg', mediaId: extra.id }],
    });
    expect(report.added).toBe(1);
    expect(report.refused).toEqual([
      { row: 3, file: '没有这张.jpg', reason: 'unknown_file' },
      { row: 4, file: b.name, reason: 'date_unreadable' },
      { row: 5, file: a.name, reason: 'duplicate_row' },
      { row: 6, file: null, reason: 'no_file_name' },
      { row: null, file: '未登记.jpg', reason: 'not_in_sheet' },
    ]);
    const draft = await t.ok('exhibitions.draft', { id: report.exhibitionId }, t.curator);
    expect(draft.coverMediaId).toBe(a.mediaId);
    expect(draft.sections[0]?.exhibits).toEqual([
      expect.objectContaining({
        type: 'photo',
        title: { 'zh-CN': '第一栋厂房落成', 'zh-TW': null, en: null },
        caption: { 'zh-CN': '第一栋厂房落成，工人合影', 'zh-TW': null, en: null },
        date: '1994-05',
        place: { 'zh-CN': '星湖路1号', 'zh-TW': null, en: null },
        people: { 'zh-CN': '建设者', 'zh-TW': null, en: null },
        credit: { 'zh-CN': '园区档案室', 'zh-TW': null, en: null },
      }),
    ]);
  });

  it('matches a file name without its extension or in another case, and a media id not stored is refused', async () => {
    const [a] = demoFiles;
    if (!a) throw new Error('the demo has no files');
    const report = await importFolder({
      sectionTitle: '大小写',
      sheet: sheet(
        'c.csv',
        csv(`文件名,说明\n${a.name.replace(/\.[^.]*$/, '').toUpperCase()},一张\n丢失.jpg,二张\n`),
      ),
      files: [a, { name: '丢失.jpg', mediaId: 'f'.repeat(64) }],
    });
    expect(report.added).toBe(1);
    expect(report.refused).toEqual([{ row: 3, file: '丢失.jpg', reason: 'media_missing' }]);
  });

  it('refuses a sheet it cannot use, and changes nothing', async () => {
    const before = await t.ok('exhibitions.drafts', {}, t.curator);
    const files = demoFiles.slice(0, 2);
    const noFileColumn = await t.refused(
      'exhibitions.importFolder',
      { sheet: sheet('x.csv', csv('日期,说明\n1994,厂房\n')), files },
      t.curator,
    );
    expect(noFileColumn.code).toBe('caption_sheet_no_file_column');
    const nothing = await t.refused(
      'exhibitions.importFolder',
      { sheet: sheet('x.csv', csv('文件名,说明\n别的.jpg,厂房\n')), files },
      t.curator,
    );
    expect(nothing.code).toBe('caption_sheet_nothing_added');
    const xls = await t.refused(
      'exhibitions.importFolder',
      { sheet: sheet('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])), files },
      t.curator,
    );
    expect(xls).toMatchObject({ code: 'import_unreadable', details: { problem: 'xls_format' } });
    const missing = await t.refused(
      'exhibitions.importFolder',
      { exhibitionId: 9999, sheet: sheet('x.csv', csv(`文件名\n${files[0]?.name ?? ''}\n`)), files },
      t.curator,
    );
    expect(missing.code).toBe('exhibition_not_found');
    expect(await t.ok('exhibitions.drafts', {}, t.curator)).toEqual(before);
  });

  it('is for curators', async () => {
    const r = await t.refused(
      'exhibitions.importFolder',
      { sheet: sheet('x.csv', csv('文件名\na.jpg\n')), files: demoFiles.slice(0, 1) },
      librarian,
    );
    expect(r.code).toBe('forbidden');
  });
});
