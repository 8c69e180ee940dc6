import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { call } from './api';
import { signInDirectly } from './shell-touch';

// What the librarian's specs share: a host of their own (they lend, return and import, which would
// change what the visitor tests read), the desk's texts read from its locale files, a finger on the
// on-screen keys and a USB barcode scanner (fast typing, then Enter). Each test makes what it needs
// (its own titles and barcodes, borrowers with nothing out), so the tests run in any order and on
// any worker's host, in both orientations: a centre may put its desk screen upright too.

export const test = testWithOwnHost();

type Lang = 'zh-CN' | 'zh-TW' | 'en';
const LANGS: readonly Lang[] = ['zh-CN', 'zh-TW', 'en'];
export const LANGUAGE_NAMES: Record<Lang, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};

// The expected texts are read from the locale files the screens use, never typed here.
const readJson = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join('renderer', 'src', file), 'utf8'));
const LOCALES = Object.fromEntries(
  LANGS.map((l) => [l, readJson(`features/library-desk/locales/${l}.json`)]),
) as Record<Lang, unknown>;
const KEYBOARD = Object.fromEntries(
  LANGS.map((l) => [l, readJson(`i18n/locales/${l}/keyboard.json`)]),
) as Record<Lang, { region: string; keys: { switchMethod: string } }>;

/** A text of the desk's locale files, as the screen shows it (plural `_one` / `_other` in English). */
export function tr(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  let node: unknown = LOCALES[lang];
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  for (const p of parts) node = (node as Record<string, unknown>)[p];
  const leaves = node as Record<string, string>;
  const count = vars.count;
  const text =
    leaves[last] ??
    (typeof count === 'number' ? (count === 1 ? leaves[`${last}_one`] : undefined) : undefined) ??
    leaves[`${last}_other`];
  if (text === undefined) throw new Error(`No text ${lang}:${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The part of a text before its first variable (a date the test does not compute). */
export function before(text: string): string {
  return text.split('{{')[0]?.trim() ?? text;
}

function keyboard(page: Page, lang: Lang = 'zh-CN'): Locator {
  return page.getByRole('region', { name: KEYBOARD[lang].region });
}

/** The key that turns pinyin on and off: pressed while pinyin is on. */
export function switchKey(page: Page, lang: Lang = 'zh-CN'): Locator {
  return keyboard(page, lang).getByRole('button', { name: KEYBOARD[lang].keys.switchMethod });
}

/** Closes the on-screen keyboard as a finger does: a tap outside the field, on the heading. */
export async function closeKeyboard(page: Page, lang: Lang = 'zh-CN'): Promise<void> {
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(keyboard(page, lang)).toBeHidden();
}

/** From the home screen through the staff entrance: letters and the PIN on the on-screen keys. */
export async function signInByTouch(page: Page): Promise<void> {
  await page.goto('/#/home');
  await page.getByRole('link', { name: '工作人员入口' }).tap();
  await page.getByRole('textbox', { name: '员工号' }).tap();
  for (const letter of 'admin') await keyboard(page).getByRole('button', { name: letter, exact: true }).tap();
  await page.getByLabel('PIN').tap();
  for (const digit of ADMIN_PIN) await keyboard(page).getByRole('button', { name: digit, exact: true }).tap();
  await page.getByRole('button', { name: '登录' }).tap();
  await expect(deskLink(page, 'desk')).toBeVisible();
}

/** The staff menu's link to one of the desk's sections (its words belong to the visitor area). */
function deskLink(page: Page, id: string): Locator {
  return page.locator(`a[href="#/staff/areas/library/${id}"]`);
}

export async function openSection(page: Page, id: string): Promise<void> {
  await deskLink(page, id).tap();
}

/** A USB scanner: the barcode typed fast, then Enter, into whatever has the focus. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

export interface Borrower {
  id: number;
  cardNo: string;
  name: string;
  type: string;
  active: boolean;
  openLoans: number;
  overdueLoans: number;
}
export interface Paged<T> {
  rows: T[];
  total: number;
}

/** Demo borrowers with nothing out, so that limits and blocks start from zero. */
export async function freeBorrowers(page: Page, n: number): Promise<Borrower[]> {
  const list = await call<Paged<Borrower>>(page, 'borrowers.list', { limit: 200 });
  const free = list.rows.filter((b) => b.active && b.openLoans === 0 && b.overdueLoans === 0);
  expect(free.length).toBeGreaterThanOrEqual(n);
  return free.slice(0, n);
}

/** A title of the test's own with copies of known barcodes. */
export async function titleWithCopies(page: Page, title: string, barcodes: string[]): Promise<number> {
  const created = await call<{ id: number }>(page, 'titles.create', { title });
  for (const barcode of barcodes)
    await call(page, 'copies.add', { titleId: created.id, barcode, shelfId: null });
  return created.id;
}

export function line(page: Page, barcode: string): Locator {
  return page.locator('.library-desk-scan-line').filter({ hasText: barcode });
}

/** Straight into a section with a session made through the API (the touch sign-in has its own tests). */
export async function openSignedIn(page: Page, id: string): Promise<void> {
  await signInDirectly(page, 'admin', ADMIN_PIN, `/#/staff/areas/library/${id}`);
}

export { expect };
