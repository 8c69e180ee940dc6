import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import zhDesk from '../../renderer/src/features/library-desk/locales/zh-CN.json' with { type: 'json' };
import { call } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { signInDirectly } from './shell-touch';

// A librarian gives a book a cover photo at the desk, and the visitor's page of the book shows it.
// The photo is drawn here with sharp (a red cover with a gold band): nothing is downloaded. The
// desk is a landscape screen; the portrait project leaves this file out
// (playwright.config.ts).

const test = testWithOwnHost();

const LIBRARIAN = { staffNo: 'lib-cover', pin: '864213' };

/** A 600×800 photo of a cover: red, with a gold band where a title would be. */
async function coverPhoto(dir: string): Promise<string> {
  const band = await sharp({ create: { width: 600, height: 120, channels: 3, background: '#f5c65a' } })
    .png()
    .toBuffer();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, '红岩-封面.jpg');
  await sharp({ create: { width: 600, height: 800, channels: 3, background: '#9e0b22' } })
    .composite([{ input: band, top: 300, left: 0 }])
    .jpeg({ quality: 90 })
    .toFile(file);
  return file;
}

test('a librarian adds a cover photo, and the book page shows it to visitors', async ({
  page,
  host,
  expectAccessible,
}, testInfo) => {
  const photo = await coverPhoto(testInfo.outputDir);
  // The librarian's account and a book of the test's own, made by the admin.
  await call(page, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  await call(page, 'staff.create', { ...LIBRARIAN, name: '图书管理员', roles: ['librarian'] });
  const { id } = await call<{ id: number }>(page, 'titles.create', { title: '封面测试：红岩' });
  await call(page, 'auth.signOut', {});

  await signInDirectly(
    page,
    LIBRARIAN.staffNo,
    LIBRARIAN.pin,
    `/#/staff/areas/library/catalogue?title=${id}`,
  );
  const field = page.getByRole('group', { name: zhDesk.title.cover });
  await expect(field).toContainText(zhDesk.title.coverNone);
  // The button opens the system's file chooser at a desk; the test hands it the file.
  await field.getByLabel(zhDesk.title.coverAdd).setInputFiles(photo);
  const preview = field.getByRole('img', { name: zhDesk.title.coverPreview });
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\/thumb$/);
  const cover = /\/media\/([0-9a-f]{64})\//.exec((await preview.getAttribute('src')) ?? '')?.[1] ?? '';
  await expect
    .poll(() => preview.evaluate((img: { naturalWidth: number }) => img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(field.getByLabel(zhDesk.title.coverChange)).toBeAttached();
  await expectAccessible(page);

  await page.getByRole('button', { name: zhDesk.title.save, exact: true }).tap();
  await expect(page.getByRole('status').filter({ hasText: zhDesk.title.saved })).toBeVisible();
  expect((await call<{ cover: string | null }>(page, 'catalogue.getTitle', { id })).cover).toBe(cover);

  // A visitor on the book's page: the photo at screen size, not the generated cover.
  await call(page, 'auth.signOut', {});
  await page.goto(`/#/areas/library/books/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: '封面测试：红岩' })).toBeVisible();
  const shown = page.locator('.library-book-page img.library-cover-picture');
  await expect(shown).toHaveAttribute('src', `/media/${cover}/screen`);
  await expect
    .poll(() =>
      shown.evaluate((img: { naturalWidth: number; naturalHeight: number }) => [
        img.naturalWidth,
        img.naturalHeight,
      ]),
    )
    .toEqual([600, 800]);
  await expect(page.locator('.library-book-page .library-cover-generated')).toHaveCount(0);
  const served = await page.request.get(`/media/${cover}/screen`, { maxRetries: 1 });
  expect(served.headers()['content-type']).toBe('image/webp');
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  await expectAccessible(page);
  // Stored once, under its hash, in the data folder's media store.
  expect(fs.readdirSync(path.join(host.dataDir, 'media', cover)).sort()).toEqual([
    'original.jpg',
    'screen.webp',
    'thumb.webp',
  ]);
});
