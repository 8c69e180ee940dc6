import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { keyboardDock, kioskInfo, pinField, staffNoField, typeInto } from './shell-touch';
import { trPattern, zh } from './shell-texts';

// The visitor's display modes and the edges of input, on the worker's demo centre (read only).
// Reduced motion: see shell-navigation.spec.ts.
test.use({ reducedMotion: 'reduce' });

// Evaluated as strings: the tests compile without the DOM library.
const headingSize = (page: Page) =>
  page.evaluate<number>("parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)");
const bodyColours = (page: Page) =>
  page.evaluate<string>(
    '`${getComputedStyle(document.body).color} on ${getComputedStyle(document.body).backgroundColor}`',
  );

test('large text and high contrast change the page, stay on for the visit, and pass axe', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/#/home');
  const html = page.locator('html');
  const largeText = page.getByRole('button', { name: zh('common', 'display.largeText') });
  const highContrast = page.getByRole('button', { name: zh('common', 'display.highContrast') });
  await expect(html).toHaveAttribute('data-text', 'normal');
  await expect(largeText).toHaveAttribute('aria-pressed', 'false');
  const normalSize = await headingSize(page);
  const normalColours = await bodyColours(page);

  await largeText.tap();
  await expect(largeText).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveAttribute('data-text', 'large');
  expect(await headingSize(page)).toBeGreaterThan(normalSize * 1.1);
  await expectAccessible(page);

  await highContrast.tap();
  await expect(highContrast).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  expect(await bodyColours(page)).not.toBe(normalColours);
  await expectAccessible(page);

  // The choice holds for the visit: the staff sign-in, with its keyboard open, shows it too.
  await page.getByRole('link', { name: zh('common', 'home.staff') }).tap();
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await expect(html).toHaveAttribute('data-text', 'large');
  await expect(html).toHaveAttribute('data-contrast', 'high');
  await staffNoField(page).tap();
  await expect(keyboardDock(page)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: zh('common', 'display.largeText') }).tap();
  await page.getByRole('button', { name: zh('common', 'display.highContrast') }).tap();
  await expect(html).toHaveAttribute('data-text', 'normal');
  await expect(html).toHaveAttribute('data-contrast', 'normal');
});

test('sign-in: an empty form says what is missing; a 400-character paste is cut with a note, and the form still works', async ({
  page,
}) => {
  await page.goto('/#/staff/sign-in');
  const submit = page.getByRole('button', { name: zh('staff', 'signIn.submit'), exact: true });
  await submit.tap();
  const required = zh('errors', 'fields.required');
  await expect(staffNoField(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(staffNoField(page)).toHaveAccessibleDescription(new RegExp(required));
  await expect(pinField(page)).toHaveAccessibleDescription(new RegExp(required));

  // A paste (or a scanner) goes through the field's own input handling, not the keyboard.
  await staffNoField(page).tap();
  await page.keyboard.insertText('x'.repeat(400));
  await expect(staffNoField(page)).toHaveValue('x'.repeat(32));
  await expect(
    page.getByRole('status').filter({ hasText: zh('keyboard', 'truncated', { max: 32 }) }),
  ).toBeVisible();
  await expect(staffNoField(page)).toHaveAccessibleDescription(
    new RegExp(zh('keyboard', 'truncated', { max: 32 })),
  );

  // Nothing broke: the keyboard still edits the field, and the form still answers.
  await typeInto(staffNoField(page), 'nobody');
  await expect(
    page.getByRole('status').filter({ hasText: zh('keyboard', 'truncated', { max: 32 }) }),
  ).toHaveCount(0);
  await pinField(page).tap();
  await page.keyboard.insertText('1'.repeat(400));
  await expect(pinField(page)).toHaveValue('1'.repeat(12));
  await submit.tap();
  await expect(page.getByRole('alert')).toHaveText(trPattern('zh-CN', 'errors', 'details.wrongPinRemaining'));
  await expect(pinField(page)).toHaveValue('');
});

test("the idle question passes axe at the centre's own times, in large text and high contrast too", async ({
  page,
  request,
  expectAccessible,
}) => {
  // The demo centre's countdown is long enough for axe to finish while it runs.
  await page.clock.install();
  await page.goto('/#/home');
  await page.getByRole('button', { name: zh('common', 'display.largeText') }).tap();
  await page.getByRole('button', { name: zh('common', 'display.highContrast') }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  const dialog = page.getByRole('alertdialog', { name: zh('common', 'idle.title') });
  const { idleSeconds } = await kioskInfo(request);
  await page.clock.runFor(idleSeconds * 1000 + 500);
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: zh('common', 'idle.continue') }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/home$/);
});
