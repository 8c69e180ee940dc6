import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, Result } from '../shared';
import type { FolderImportReport, PackImportReport } from '../shared/exhibitions.types';
import type { MediaInfo } from '../shared/media.types';
import { silentLogger } from '../core';
import { exhibit, zh } from '../core/features/exhibitions/exhibitions-test-kit';
import { unzip } from '../core/features/exhibitions/packs/pack-testing';
import { picture } from '../core/platform/media/media-testing';
import { ADMIN_CLIENT, openSharedTestCore, type SharedTestCore } from '../core/testing';
import { transfer, transferKind, type TransferDialogs, type TransferEnv } from './transfer';

/**
 * The main process's side of `kiosk:transfer` against a real core on a real SQLite file and real
 * files on disk; only Electron's dialogs are simulated (they cannot open here): each answers the
 * path it is told to, and records that it was opened.
 */
function fakeDialogs(answers: { save?: string | null; open?: string | null; folder?: string | null }) {
  const opened: string[] = [];
  const dialogs: TransferDialogs = {
    save: (suggested) => {
      opened.push(`save ${suggested}`);
      return Promise.resolve(answers.save ?? null);
    },
    open: (method) => {
      opened.push(`open ${method}`);
      return Promise.resolve(answers.open ?? null);
    },
    folder: () => {
      opened.push('folder');
      return Promise.resolve(answers.folder ?? null);
    },
  };
  return { dialogs, opened };
}

let t: SharedTestCore;
let curator: string;
let librarian: string;
let work: string;
let photo: MediaInfo;
let exhibitionId: number;

const env = (dialogs: TransferDialogs, over: Partial<TransferEnv> = {}): TransferEnv => ({
  core: t.core,
  dialogs,
  log: silentLogger,
  ...over,
});

function valueOf<T>(r: Result<unknown>): T {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
function errorOf(r: Result<unknown>): ApiError {
  if (r.ok) throw new Error(`answered ${JSON.stringify(r.value)}; a refusal was expected`);
  return r.error;
}

const drafts = async () => (await t.ok('exhibitions.drafts', {}, curator)).length;

beforeAll(async () => {
  t = await openSharedTestCore();
  await t.signIn();
  curator = await t.staffMember('cur1', ['curator']);
  librarian = await t.staffMember('lib1', ['librarian']);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-transfer-'));
  const stored = await t.core.importMedia(
    Readable.from([await picture('jpeg', 64, 48)]),
    { name: '厂房.jpg' },
    ADMIN_CLIENT,
  );
  if (!stored.ok) throw new Error(JSON.stringify(stored.error));
  photo = stored.value;
  const saved = await t.ok(
    'exhibitions.save',
    {
      title: zh('星湖 科技园'),
      subtitle: null,
      intro: null,
      coverMediaId: photo.id,
      sections: [
        {
          title: zh('创业时期'),
          intro: null,
          period: null,
          exhibits: [
            exhibit({
              type: 'photo',
              title: zh('第一栋厂房'),
              media: [{ mediaId: photo.id, caption: null }],
            }),
          ],
        },
      ],
    },
    curator,
  );
  exhibitionId = saved.id;
}, 60_000);
afterAll(() => {
  t.dispose();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('which methods the shell moves files for, from the contract', () => {
  it('saves a raw GET, sends a raw POST, reads a folder for a folder import, and nothing else', () => {
    const def = (name: string) => t.core.registry.methods.get(name)?.def;
    expect(transferKind('exhibitions.exportPack', def('exhibitions.exportPack'))).toBe('save');
    expect(transferKind('exhibitions.importPack', def('exhibitions.importPack'))).toBe('open');
    expect(transferKind('exhibitions.importFolder', def('exhibitions.importFolder'))).toBe('folder');
    expect(transferKind('exhibitions.save', def('exhibitions.save'))).toBeNull();
    expect(transferKind('nope', undefined)).toBeNull();
  });

  it('refuses any other method as unknown, before any dialog', async () => {
    const { dialogs, opened } = fakeDialogs({ open: path.join(work, 'x') });
    for (const name of ['exhibitions.save', 'media.importFile', 'nope', '']) {
      expect(errorOf(await transfer(env(dialogs), name, {}, curator)).code).toBe('unknown_method');
    }
    expect(opened).toEqual([]);
  });
});

describe('who may open a dialog', () => {
  it('refuses a visitor (nobody signed in) and staff without the role, before any dialog', async () => {
    const { dialogs, opened } = fakeDialogs({
      save: path.join(work, 'no.zip'),
      open: path.join(work, 'no.zip'),
      folder: work,
    });
    const calls = [
      ['exhibitions.exportPack', { ids: String(exhibitionId) }],
      ['exhibitions.importPack', {}],
      ['exhibitions.importFolder', {}],
    ] as const;
    for (const [name, input] of calls) {
      expect(errorOf(await transfer(env(dialogs), name, input, 'ipc:99')).code).toBe('unauthenticated');
      expect(errorOf(await transfer(env(dialogs), name, input, librarian)).code).toBe('forbidden');
    }
    expect(opened).toEqual([]);
    expect(fs.existsSync(path.join(work, 'no.zip'))).toBe(false);
  });
});

describe('exporting a pack (a raw GET) through the save dialog', () => {
  it("suggests core's file name, writes the zip where the curator chose and answers its name", async () => {
    const target = path.join(work, '给二号中心.hongyi-pack.zip');
    const { dialogs, opened } = fakeDialogs({ save: target });
    const saved = valueOf<{ fileName: string }>(
      await transfer(env(dialogs), 'exhibitions.exportPack', { ids: String(exhibitionId) }, curator),
    );
    expect(saved).toEqual({ fileName: '给二号中心.hongyi-pack.zip' });
    // The exhibition's title with its space made safe, and the day (the test clock's).
    expect(opened).toEqual(['save 星湖_科技园-2025-03-01.hongyi-pack.zip']);
    const entries = await unzip(fs.readFileSync(target));
    expect([...entries.keys()].sort()).toEqual(['manifest.json', `media/${photo.id}`]);
    expect(fs.readdirSync(work).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('writes nothing when the dialog is cancelled, and answers null', async () => {
    const before = fs.readdirSync(work);
    const { dialogs, opened } = fakeDialogs({ save: null });
    const answer = await transfer(
      env(dialogs),
      'exhibitions.exportPack',
      { ids: String(exhibitionId) },
      curator,
    );
    expect(answer).toEqual({ ok: true, value: null });
    expect(opened).toHaveLength(1);
    expect(fs.readdirSync(work)).toEqual(before);
  });

  it("passes core's refusal on with its code, before any dialog", async () => {
    const { dialogs, opened } = fakeDialogs({ save: path.join(work, 'none.zip') });
    const gone = errorOf(await transfer(env(dialogs), 'exhibitions.exportPack', { ids: '9999' }, curator));
    expect(gone.code).toBe('exhibition_not_found');
    const bad = errorOf(await transfer(env(dialogs), 'exhibitions.exportPack', { ids: 'a,b' }, curator));
    expect(bad.code).toBe('invalid_input');
    expect(opened).toEqual([]);
  });

  it('leaves no half file when the place chosen cannot be written', async () => {
    const target = path.join(work, 'no-such-folder', 'a.zip');
    const { dialogs } = fakeDialogs({ save: target });
    const answer = await transfer(
      env(dialogs),
      'exhibitions.exportPack',
      { ids: String(exhibitionId) },
      curator,
    );
    expect(errorOf(answer).code).toBe('internal');
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });
});

describe('importing a pack (a raw POST) through the open dialog', () => {
  it('reads the chosen file as the body and answers the import report: new drafts', async () => {
    const pack = path.join(work, 'pack.zip');
    valueOf(
      await transfer(
        env(fakeDialogs({ save: pack }).dialogs),
        'exhibitions.exportPack',
        { ids: String(exhibitionId) },
        curator,
      ),
    );
    const before = await drafts();
    const { dialogs, opened } = fakeDialogs({ open: pack });
    const report = valueOf<PackImportReport>(
      await transfer(env(dialogs), 'exhibitions.importPack', {}, curator),
    );
    expect(opened).toEqual(['open exhibitions.importPack']);
    expect(report.exhibitions.map((e) => e.title)).toEqual(['星湖 科技园']);
    expect(report.media).toEqual({ added: 0, known: 1 });
    expect(await drafts()).toBe(before + 1);
  });

  it("passes core's refusal of a file that is no pack on with its code, importing nothing", async () => {
    const notZip = path.join(work, 'photo.zip');
    fs.writeFileSync(notZip, await picture('png'));
    const before = await drafts();
    const answer = await transfer(
      env(fakeDialogs({ open: notZip }).dialogs),
      'exhibitions.importPack',
      {},
      curator,
    );
    expect(errorOf(answer).code).toBe('pack_not_zip');
    expect(await drafts()).toBe(before);
  });

  it('answers null when cancelled, and not_found for a file gone before it was read', async () => {
    const cancelled = await transfer(
      env(fakeDialogs({ open: null }).dialogs),
      'exhibitions.importPack',
      {},
      curator,
    );
    expect(cancelled).toEqual({ ok: true, value: null });
    const gone = path.join(work, 'gone.zip');
    const answer = await transfer(
      env(fakeDialogs({ open: gone }).dialogs),
      'exhibitions.importPack',
      {},
      curator,
    );
    expect(errorOf(answer).code).toBe('not_found');
  });
});

describe('importing a photo folder through the folder dialog', () => {
  async function photoFolder(sheet: string | null): Promise<string> {
    const dir = fs.mkdtempSync(path.join(work, 'folder-'));
    fs.writeFileSync(path.join(dir, '大门.jpg'), await picture('jpeg', 40, 30, { r: 10, g: 120, b: 200 }));
    fs.mkdirSync(path.join(dir, '1994'));
    fs.writeFileSync(
      path.join(dir, '1994', '奠基.png'),
      await picture('png', 30, 40, { r: 200, g: 200, b: 20 }),
    );
    fs.writeFileSync(path.join(dir, '坏的.jpg'), 'not a picture');
    if (sheet !== null) fs.writeFileSync(path.join(dir, '园区老照片.csv'), sheet);
    return dir;
  }

  it("stores the folder's files, then imports the sheet: the same report as in a browser", async () => {
    const dir = await photoFolder(
      '文件名,说明,日期\n大门.jpg,园区大门,1994\n奠基,奠基仪式,1994-05\n坏的.jpg,坏的,\n',
    );
    const { dialogs, opened } = fakeDialogs({ folder: dir });
    const report = valueOf<FolderImportReport>(
      await transfer(env(dialogs), 'exhibitions.importFolder', {}, curator),
    );
    expect(opened).toEqual(['folder']);
    expect(report.created).toBe(true);
    expect(report.added).toBe(2);
    expect(report.sheet.rows).toBe(3);
    // Refused by the media store: its row says it could not be stored.
    expect(report.refused).toEqual([{ row: 4, file: '坏的.jpg', reason: 'media_missing' }]);
    const draft = await t.ok('exhibitions.draft', { id: report.exhibitionId }, curator);
    expect(draft.title['zh-CN']).toBe('园区老照片');
  });

  it('takes the sheet and the files from the folder only, whatever the page sent for them', async () => {
    const dir = await photoFolder('文件名,说明\n大门.jpg,园区大门\n');
    const input = {
      exhibitionId,
      sectionTitle: '大门',
      sheet: { fileName: '/etc/passwd', contentBase64: Buffer.from('文件名\n别的.jpg\n').toString('base64') },
      files: [{ name: '别的.jpg', mediaId: photo.id }],
    };
    const report = valueOf<FolderImportReport>(
      await transfer(env(fakeDialogs({ folder: dir }).dialogs), 'exhibitions.importFolder', input, curator),
    );
    expect(report).toMatchObject({ exhibitionId, created: false, added: 1 });
    const draft = await t.ok('exhibitions.draft', { id: exhibitionId }, curator);
    const section = draft.sections.find((s) => s.uid === report.sectionUid);
    expect(section?.title['zh-CN']).toBe('大门');
    expect(section?.exhibits.map((e) => e.title['zh-CN'])).toEqual(['园区大门']);
  });

  it('refuses a folder with no caption sheet before storing anything', async () => {
    const dir = await photoFolder(null);
    const media = (await t.ok('media.list', {}, curator)).total;
    const answer = await transfer(
      env(fakeDialogs({ folder: dir }).dialogs),
      'exhibitions.importFolder',
      {},
      curator,
    );
    expect(errorOf(answer)).toMatchObject({ code: 'invalid_input', details: { folder: 'no_sheet' } });
    expect((await t.ok('media.list', {}, curator)).total).toBe(media);
  });

  it('refuses a folder with too many files, answers null when cancelled', async () => {
    const dir = await photoFolder('文件名\n大门.jpg\n');
    const small = env(fakeDialogs({ folder: dir }).dialogs, { folderLimits: { entries: 100, media: 1 } });
    expect(errorOf(await transfer(small, 'exhibitions.importFolder', {}, curator)).code).toBe(
      'payload_too_large',
    );
    const cancelled = await transfer(env(fakeDialogs({}).dialogs), 'exhibitions.importFolder', {}, curator);
    expect(cancelled).toEqual({ ok: true, value: null });
  });

  it("passes core's refusals on with their codes, adding no draft", async () => {
    const dir = await photoFolder('日期,说明\n1994,大门\n');
    const before = await drafts();
    const noColumn = await transfer(
      env(fakeDialogs({ folder: dir }).dialogs),
      'exhibitions.importFolder',
      {},
      curator,
    );
    expect(errorOf(noColumn).code).toBe('caption_sheet_no_file_column');
    const other = await photoFolder('文件名\n大门.jpg\n');
    const gone = await transfer(
      env(fakeDialogs({ folder: other }).dialogs),
      'exhibitions.importFolder',
      { exhibitionId: 9999 },
      curator,
    );
    expect(errorOf(gone).code).toBe('exhibition_not_found');
    expect(await drafts()).toBe(before);
  });
});
