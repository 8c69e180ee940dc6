import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The reading room as a visitor uses it: by touch, on the demo centre's catalogue, in both
// orientations (the two Playwright projects), axe-core on every screen.

const LIBRARY = '/#/areas/library';

function keyboard(page: Page, region = '屏幕键盘'): Locator {
  return page.getByRole('region', { name: region });
}

/** Taps letters on the on-screen keyboard, one key at a time, as a finger would. */
async function tapKeys(page: Page, letters: string): Promise<void> {
  for (const letter of letters) await keyboard(page).getByRole('button', { name: letter, exact: true }).tap();
}

function books(page: Page): Locator {
  return page.getByRole('listitem').getByRole('link');
}

test('searches with the pinyin keyboard, on from the start: initials without a candidate, then 红岩 from the candidates', async ({
  page,
  expectAccessible,
}) => {
  await page.goto(LIBRARY);
  await expect(page.getByRole('heading', { level: 1, name: '红色书吧' })).toBeVisible();
  // Self-service is off in the demo centre: no way into it is shown.
  await expect(page.getByRole('link', { name: '自助借还' })).toHaveCount(0);

  const field = page.getByRole('textbox', { name: '书名、作者或拼音' });
  await field.tap();
  // A search takes Chinese: on a 简体 screen the keyboard opens in pinyin.
  const pinyinOn = keyboard(page).getByRole('button', { name: '切换输入法' });
  await expect(pinyinOn).toHaveAttribute('aria-pressed', 'true');
  await expect(pinyinOn).toHaveText('拼');
  await tapKeys(page, 'dsxx');
  await expect(keyboard(page).getByRole('group', { name: '候选字词' })).toBeVisible();
  // The letters are still composing: the search button enters them as typed.
  await page.getByRole('button', { name: '搜索' }).tap();
  await expect(page).toHaveURL(/search\?q=dsxx$/);
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toBeVisible();
  await expect(books(page).filter({ hasText: '党史' }).first()).toBeVisible();
  await expectAccessible(page);

  await field.tap();
  await keyboard(page).getByRole('button', { name: '清空' }).tap();
  await expect(pinyinOn).toHaveAttribute('aria-pressed', 'true');
  await tapKeys(page, 'hongyan');
  const candidates = keyboard(page).getByRole('group', { name: '候选字词' });
  await candidates.getByRole('button', { name: '红岩', exact: true }).tap();
  await expect(field).toHaveValue('红岩');
  await page.getByRole('button', { name: '搜索' }).tap();
  await expect(page).toHaveURL(/search\?q=%E7%BA%A2%E5%B2%A9$/);

  await books(page).filter({ hasText: '红岩' }).first().tap();
  await expect(page.getByRole('heading', { level: 1, name: '红岩' })).toBeVisible();
  await expect(page.getByText('位置：')).toBeVisible();
  await expect(page.getByRole('link', { name: '新民主主义革命时期' })).toBeVisible();
  await expect(page.getByText(/^(在架 \d+\/\d+|已全部借出|借出，预计 .+ 归还)$/)).toBeVisible();
  const qr = page.getByRole('img', { name: '这本书信息的二维码' });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  await expectAccessible(page);

  await page.getByRole('button', { name: '返回' }).tap();
  await expect(page).toHaveURL(/search\?q=/);
});

test('on a 繁體 screen the search opens in pinyin with Traditional candidates; a switch to letters holds', async ({
  page,
}) => {
  await page.goto(LIBRARY);
  await page.getByRole('button', { name: '繁體中文' }).tap();
  const field = page.getByRole('textbox', { name: '書名、作者或拼音' });
  await field.tap();
  const zhTW = keyboard(page, '螢幕鍵盤');
  const pinyinOn = zhTW.getByRole('button', { name: '切換輸入法' });
  await expect(pinyinOn).toHaveAttribute('aria-pressed', 'true');
  for (const letter of 'dangshi') await zhTW.getByRole('button', { name: letter, exact: true }).tap();
  const candidates = zhTW.getByRole('group', { name: '候選字詞' });
  await candidates.getByRole('button', { name: '黨史', exact: true }).tap();
  await expect(field).toHaveValue('黨史');
  await page.getByRole('button', { name: '搜尋' }).tap();
  await expect(
    books(page)
      .filter({ hasText: /党史|黨史/ })
      .first(),
  ).toBeVisible();

  // The visitor wants letters here: the switch holds on the next screen's search field too.
  await field.tap();
  await pinyinOn.tap();
  await expect(pinyinOn).toHaveAttribute('aria-pressed', 'false');
  await expect(pinyinOn).toHaveText('英');
  await books(page).first().tap();
  await page.getByRole('button', { name: '返回' }).tap();
  await field.tap();
  await expect(pinyinOn).toHaveAttribute('aria-pressed', 'false');
});

test('finds 红岩 from Traditional 紅巖 typed by a physical keyboard or scanner', async ({ page }) => {
  await page.goto(`${LIBRARY}/search`);
  const field = page.getByRole('textbox', { name: '书名、作者或拼音' });
  await field.tap();
  await page.keyboard.insertText('紅巖');
  await page.keyboard.press('Enter');
  await expect(books(page).filter({ hasText: '红岩' }).first()).toBeVisible();
});

test('an empty search only hints; no result offers suggestions; a long paste is cut, not broken', async ({
  page,
  expectAccessible,
}) => {
  await page.goto(LIBRARY);
  await page.getByRole('button', { name: '搜索' }).tap();
  await expect(page.getByText('请先输入要找的书名或作者')).toBeVisible();
  await expect(page).toHaveURL(/areas\/library$/);

  const field = page.getByRole('textbox', { name: '书名、作者或拼音' });
  await field.tap();
  await page.keyboard.insertText('红岩岩岩');
  await page.getByRole('button', { name: '搜索' }).tap();
  await expect(page.getByRole('status').filter({ hasText: '没有找到与“红岩岩岩”有关的图书' })).toBeVisible();
  const chips = page.getByRole('list', { name: '搜索建议' }).getByRole('button');
  await expect(chips.first()).toBeVisible();
  await expectAccessible(page);
  await chips.first().tap();
  await expect(page.getByRole('status').filter({ hasText: '找到' })).toBeVisible();
  await expect(books(page).first()).toBeVisible();

  await field.tap();
  await keyboard(page).getByRole('button', { name: '清空' }).tap();
  await page.keyboard.insertText('党'.repeat(400));
  await expect(field).toHaveValue('党'.repeat(100));
  await expect(page.getByText('最多 100 个字符')).toBeVisible();
  await page.getByRole('button', { name: '搜索' }).tap();
  await expect(page.getByRole('status').filter({ hasText: /找到|没有找到/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '找书' })).toBeVisible();
});

test('a shelf lists its books a screen at a time and scrolls by touch', async ({
  page,
  expectAccessible,
}) => {
  await page.goto(LIBRARY);
  const shelves = page.getByRole('list', { name: '书架' }).getByRole('link');
  await expect(shelves.first()).toContainText('党史学习角');
  await shelves.nth(1).tap();
  const count = page.getByRole('status').filter({ hasText: /共 \d+ 种图书/ });
  await expect(count).toBeVisible();
  const total = Number(/共 (\d+) 种/.exec((await count.textContent()) ?? '')?.[1]);
  const shelfName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const items = page.getByRole('list', { name: shelfName }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await expectAccessible(page);
  // Windowed: far fewer cards in the page than the shelf holds, the last not yet among them.
  expect(await items.count()).toBeLessThan(total);
  await expect(page.locator(`[aria-posinset="${total}"]`)).toHaveCount(0);

  // A swipe of the finger scrolls the page and brings the next books in (raw touch events:
  // Chromium scrolls as on the kiosk's touch screen).
  const cdp = await page.context().newCDPSession(page);
  const { width, height } = page.viewportSize() ?? { width: 1000, height: 1000 };
  const x = Math.round(width / 2);
  const from = Math.round(height * 0.85);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: from }] });
  for (let i = 1; i <= 6; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x, y: from - i * 100 }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(300);

  // Far down the shelf: its last books are fetched and drawn, its first ones have left the page.
  await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
  await expect(page.locator(`[aria-posinset="${total}"]`)).toBeVisible();
  await expect(page.locator('[aria-posinset="1"]')).toHaveCount(0);
  expect(await items.count()).toBeLessThan(total);

  await page.getByRole('button', { name: '按热度' }).tap();
  await expect(page.getByRole('button', { name: '按热度' })).toHaveAttribute('aria-pressed', 'true');
  await expect(items.first()).toBeVisible();
});

test('the key screens in Traditional Chinese and English', async ({ page, expectAccessible }) => {
  await page.goto(LIBRARY);
  await page.getByRole('button', { name: '繁體中文' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: '紅色書吧' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /新書上架/ }).tap();
  await expect(page.getByRole('heading', { level: 1, name: '新書上架' })).toBeVisible();
  await expect(books(page).first()).toBeVisible();

  await page.getByRole('button', { name: 'English' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'New arrivals' })).toBeVisible();
  await books(page).first().tap();
  await expect(page.getByText('Where:')).toBeVisible();
  await expect(page.getByRole('img', { name: "QR code with this book's details" })).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${LIBRARY}/search?q=hongyan`);
  await expect(page.getByRole('status').filter({ hasText: /books? found for “hongyan”/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title, author or pinyin' })).toHaveValue('hongyan');
});
