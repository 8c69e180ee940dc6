import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { writeCaptionCsv } from '../../electron/core/features/exhibitions/demo/caption-sheet';
import { ADMIN_PIN, expect as baseExpect, startHost, testWithOwnHost } from './fixtures';
import { zh } from './shell-texts';
import { signInDirectly } from './shell-touch';

// The curators' transfer panel of 园区历史展, by touch in a browser (the HTTP shell): the admin
// imports a folder of photos with a GB18030 caption sheet (written by the demo generator's own
// writer) and reads the report, exports the new draft as a pack, imports that pack on a second
// centre, where it arrives as a draft that visitors do not see, and a junk .zip is refused there,
// changing nothing. Landscape only: the panel has nothing shape-specific.

const test = testWithOwnHost();
const expect = baseExpect.configure({ timeout: 30_000 });

const STUDIO_PATH = '/#/staff/areas/exhibitions/studio';
/** The exhibition's title: the caption sheet's name without its extension. */
const TITLE = '星湖老照片';
const PICTURES = ['p1.jpg', 'p2.jpg', 'p3.jpg', 'p4.jpg', 'p5.jpg'];
const BAD_DATE = '1994-13-45';
const MISSING = 'p9.jpg';

const st = (key: string, vars: Record<string, string | number> = {}) => zh('exhibitions-studio', key, vars);

/** Five small JPEGs and `星湖老照片.csv` (GB18030): four good rows, an unreadable date, a file not there. */
async function photoFolder(dir: string): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  for (const [n, name] of PICTURES.entries()) {
    const jpeg = await sharp({
      create: {
        width: 320,
        height: 240,
        channels: 3,
        background: ['#9e0b22', '#1e4b6b', '#2e6b35', '#6b4a1e', '#444'][n] ?? '#000',
      },
    })
      .jpeg()
      .toBuffer();
    fs.writeFileSync(path.join(dir, name), jpeg);
  }
  const row = (file: string, date: string, caption: string) => ({
    file,
    date,
    caption,
    place: '星湖东岸',
    people: '首批建设者',
    credit: '园区档案室',
  });
  await writeCaptionCsv(path.join(dir, `${TITLE}.csv`), [
    row('p1.jpg', '1992-05-18', '园区奠基仪式，领导培土。'),
    row('p2', '1993', '第一条道路通车'),
    row('P3.JPG', '约1990年代', '早年的稻田'),
    row('p4.jpg', '', '第一批企业入驻'),
    row('p5.jpg', BAD_DATE, '日期写错的一行'),
    row(MISSING, '2001', '文件夹里没有的照片'),
  ]);
}

/** The names of a zip's entries (yauzl reads the central directory). */
function zipEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function curatorAt(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    hasTouch: true,
    viewport: { width: 1920, height: 1080 },
  });
  const page = await context.newPage();
  await signInDirectly(page, 'admin', ADMIN_PIN, STUDIO_PATH);
  await expect(page.getByRole('heading', { level: 1, name: st('list.heading') })).toBeVisible();
  return page;
}

function draftRow(page: Page, title: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

const transfer = (page: Page) => page.getByRole('region', { name: st('transfer.title') });

test('a photo folder comes in with its report, leaves as a pack and arrives on another centre as a draft; junk is refused', async ({
  browser,
  host,
  expectAccessible,
}, testInfo) => {
  test.setTimeout(180_000);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-xfer-'));
  // The second centre starts while the first one's folder goes in.
  const otherStarting = startHost();
  try {
    const folder = path.join(work, '星湖老照片');
    await photoFolder(folder);

    // 1. The folder, picked as a folder: four exhibits added, two rows refused with their reasons.
    const page = await curatorAt(browser, host.url);
    await page.getByLabel(st('transfer.folder')).setInputFiles(folder);
    const report = transfer(page)
      .getByRole('status')
      .filter({ hasText: st('transfer.folderDone', { added: 4, rows: 6 }) });
    await expect(report).toBeVisible();
    const refused = report.getByRole('table', { name: st('transfer.refusedTitle') });
    await expect(refused.getByRole('row')).toHaveCount(3);
    await expect(refused.getByRole('row').nth(1)).toHaveText(
      ['6', 'p5.jpg', st('transfer.reasons.date_unreadable')].join(''),
    );
    await expect(refused.getByRole('row').nth(2)).toHaveText(
      ['7', MISSING, st('transfer.reasons.unknown_file')].join(''),
    );
    await expectAccessible(page);
    await page.screenshot({
      path: testInfo.outputPath('transfer-folder-report-1920x1080.png'),
      fullPage: true,
    });
    const line = draftRow(page, TITLE);
    await expect(line).toContainText(zh('publishing', 'states.draft'));
    await expect(line.getByRole('cell').first()).toHaveText('4');

    // 2. The draft, ticked, leaves as a pack: a zip with its manifest and its four pictures.
    await line.getByText(st('transfer.select')).tap();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: st('transfer.exportPack', { count: 1 }) }).tap();
    const download = await downloading;
    const pack = path.join(work, download.suggestedFilename());
    await download.saveAs(pack);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const entries = await zipEntries(pack);
    expect(entries).toContain('manifest.json');
    expect(entries.filter((e) => e.startsWith('media/'))).toHaveLength(4);

    // 3. On another centre (its own data folder) the pack comes in as a new draft.
    const other = await otherStarting;
    const there = await curatorAt(browser, other.url);
    await expect(draftRow(there, TITLE)).toHaveCount(0);
    await there.getByLabel(st('transfer.importPack')).setInputFiles(pack);
    await expect(
      transfer(there)
        .getByRole('status')
        .filter({ hasText: st('transfer.packDone', { count: 1, added: 4, known: 0 }) }),
    ).toBeVisible();
    const arrived = draftRow(there, TITLE);
    await expect(arrived).toContainText(zh('publishing', 'states.draft'));
    await expect(arrived.getByRole('cell').first()).toHaveText('4');
    const drafts = await there.getByRole('rowheader').count();

    // Visitors there do not see it: the list shows the demo's published exhibitions only.
    const visitor = await browser.newPage({ baseURL: other.url, viewport: { width: 1920, height: 1080 } });
    await visitor.goto('/#/areas/exhibitions');
    await expect(
      visitor.getByRole('heading', { level: 1, name: zh('exhibitions', 'home.title') }),
    ).toBeVisible();
    await expect(visitor.getByRole('link', { name: /湖畔三十年/ }).first()).toBeVisible();
    await expect(visitor.getByRole('link', { name: new RegExp(TITLE) })).toHaveCount(0);
    await visitor.close();

    // 4. A .zip that is not a pack: refused in the curator's words, nothing imported.
    await there.getByLabel(st('transfer.importPack')).setInputFiles({
      name: 'junk.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('这不是一个展览包 not a zip at all'.repeat(20)),
    });
    await expect(transfer(there).getByRole('alert')).toHaveText(zh('exhibitions', 'errors.pack_not_zip'));
    await expect(transfer(there).getByRole('status')).toHaveCount(0);
    await there.reload();
    await expect(draftRow(there, TITLE)).toHaveCount(1);
    await expect(there.getByRole('rowheader')).toHaveCount(drafts);
    await other.stop();
  } finally {
    await otherStarting.then((h) => h.stop()).catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  }
});
