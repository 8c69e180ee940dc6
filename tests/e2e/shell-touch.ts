import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { call, post } from './api';
import { expect } from './fixtures';
import { LANGUAGE_NAMES, zh, type Lang } from './shell-texts';

// What a finger does on the kiosk: taps on the on-screen keyboard's keys and the PIN pad, never
// page.fill. The key names are the Simplified Chinese ones, so type while the screen is in zh-CN.

const NAMED_KEYS: Record<string, string> = {
  ' ': 'keys.space',
  '-': 'keys.hyphen',
  _: 'keys.underscore',
  '.': 'keys.period',
};

export function keyboardDock(page: Page): Locator {
  return page.getByRole('region', { name: zh('keyboard', 'region') });
}

function key(page: Page, name: string): Locator {
  return keyboardDock(page).getByRole('button', { name, exact: true });
}

/** Lower-case letters, digits, space, `-`, `_` and `.`, one key at a time. */
export async function tapKeys(page: Page, text: string): Promise<void> {
  for (const char of text) {
    const named = NAMED_KEYS[char];
    await key(page, named ? zh('keyboard', named) : char).tap();
  }
}

/**
 * Taps the field (the keyboard opens for it), empties it with the keyboard's own key, and types
 * (unless it holds the text already). Letters go in as letters: where the keyboard opens in pinyin
 * (a name, on a Chinese screen), it is switched to letters first, as a visitor would.
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  const page = field.page();
  // The keys act on the focused field. Right after a submit the keyboard lingers 300 ms (see
  // KeyboardProvider) and then closes, moving the page: a tap that lands in that moment misses the
  // field, and a finger would tap again.
  await expect(async () => {
    await field.tap();
    await expect(field).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(keyboardDock(page)).toBeVisible();
  const now = await field.inputValue();
  if (now === text) return;
  if (now) {
    await key(page, zh('keyboard', 'keys.clear')).tap();
    await expect(field).toHaveValue('');
  }
  const pinyin = keyboardDock(page).getByRole('button', { name: zh('keyboard', 'keys.switchMethod') });
  const letters = /[a-z]/.test(text) && (await pinyin.count()) > 0;
  if (letters && (await pinyin.getAttribute('aria-pressed')) === 'true') await pinyin.tap();
  await tapKeys(page, text);
  await expect(field).toHaveValue(text);
}

export function staffNoField(page: Page): Locator {
  return page.getByRole('textbox', { name: zh('staff', 'signIn.staffNo'), exact: true });
}

/** PIN fields are password inputs, which have no textbox role: found by their label. */
export function pinField(page: Page, label = zh('staff', 'signIn.pin')): Locator {
  return page.getByLabel(label, { exact: true });
}

/** Fills in the sign-in form on screen by touch and taps "登录". */
export async function submitSignIn(page: Page, staffNo: string, pin: string): Promise<void> {
  await typeInto(staffNoField(page), staffNo);
  await typeInto(pinField(page), pin);
  await page.getByRole('button', { name: zh('staff', 'signIn.submit'), exact: true }).tap();
}

export function staffNav(page: Page): Locator {
  return page.getByRole('navigation', { name: zh('staff', 'nav.label') });
}

/** Opens the sign-in screen, signs in and waits for the staff area. */
export async function signIn(page: Page, staffNo: string, pin: string): Promise<void> {
  await page.goto('/#/staff/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await submitSignIn(page, staffNo, pin);
  await expect(staffNav(page)).toBeVisible();
}

/**
 * Signs in through the API with the page's own cookie, then loads `path` afresh (the app keeps
 * who is signed in for a minute): for tests about what comes after the sign-in, which the touch
 * flows elsewhere cover.
 */
export async function signInDirectly(
  page: Page,
  staffNo: string,
  pin: string,
  path = '/#/staff',
): Promise<void> {
  expect((await post(page, 'auth.signIn', { staffNo, pin })).ok()).toBe(true);
  const onApp = page.url().startsWith('http');
  await page.goto(path);
  if (onApp) await page.reload();
  await expect(staffNav(page)).toBeVisible();
}

/**
 * A few turns of the page's task queue, where React renders and runs its effects (a string: the
 * tests are compiled without the DOM's types). Not a timer, so Playwright's clock does not hold it.
 */
export const SETTLE = `(async () => {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(undefined);
      channel.port2.postMessage(0);
    });
  }
})()`;

/** Signs out by touch: the staff area is gone and the kiosk is back on home. */
export async function signOut(page: Page): Promise<void> {
  await staffNav(page)
    .getByRole('button', { name: zh('staff', 'nav.signOut') })
    .tap();
  await expect(staffNav(page)).toHaveCount(0);
  // Home is on show, and stays: nothing redirects to the staff sign-in afterwards (the redirect
  // that used to win ran in an effect, within a few turns of the page's task queue).
  await expect(page.getByRole('list', { name: zh('common', 'home.areas') })).toBeVisible();
  await page.evaluate(SETTLE);
  await expect(page).toHaveURL(/#\/home$/);
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toHaveCount(0);
}

/** Opens a section of the staff area from its navigation, by touch. */
export async function openSection(page: Page, title: string): Promise<void> {
  await staffNav(page).getByRole('link', { name: title, exact: true }).tap();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
}

/** Taps a language in the switch (each shown in its own name) and waits for `<html lang>`. */
export async function chooseLanguage(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: LANGUAGE_NAMES[lang], exact: true }).tap();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

export interface KioskInfo {
  centreName: string;
  areas: string[];
  idleSeconds: number;
  countdownSeconds: number;
}

/** Asks the host what a visitor's screen is built from (the same call the renderer makes). */
export function kioskInfo(request: APIRequestContext): Promise<KioskInfo> {
  return call<KioskInfo>(request, 'kiosk.info');
}
