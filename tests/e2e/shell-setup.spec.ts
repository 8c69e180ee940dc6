import { expect, testWithOwnHost } from './fixtures';
import { chooseLanguage, pinField, signIn, typeInto } from './shell-touch';
import { tr, zh } from './shell-texts';

// The first start of a fresh data folder with no admin PIN given: the setup screen comes first.
// Reduced motion: see shell-navigation.spec.ts.
const test = testWithOwnHost({ demo: false, adminPin: null });
test.use({ reducedMotion: 'reduce' });

const CENTRE = 'lakeside';
const PIN = '9753';

test('first run: setup in three languages, a short PIN and a mismatch refused, then the admin signs in', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/home');
  await expect(page).toHaveURL(/#\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: zh('setup', 'setup.title') })).toBeVisible();
  await expect(page.getByText(zh('setup', 'setup.adminNo'))).toBeVisible();
  await expectAccessible(page);
  for (const lang of ['zh-TW', 'en', 'zh-CN'] as const) {
    await chooseLanguage(page, lang);
    await expect(
      page.getByRole('heading', { level: 1, name: tr(lang, 'setup', 'setup.title') }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: tr(lang, 'setup', 'setup.submit') })).toBeVisible();
  }

  const pin = pinField(page, zh('setup', 'setup.pin'));
  const again = pinField(page, zh('setup', 'setup.pinAgain'));
  const submit = page.getByRole('button', { name: zh('setup', 'setup.submit') });
  await typeInto(page.getByRole('textbox', { name: zh('setup', 'setup.centreName') }), CENTRE);
  await typeInto(pin, PIN);
  await typeInto(again, '9735');
  await submit.tap();
  await expect(again).toHaveAccessibleDescription(zh('errors', 'fields.pinMismatch'));
  await expect(page).toHaveURL(/#\/setup$/);
  await expectAccessible(page);

  // A PIN too short is named for what it is, not "the format is wrong".
  await typeInto(pin, '12');
  await typeInto(again, '12');
  await submit.tap();
  await expect(pin).toHaveAccessibleDescription(new RegExp(zh('errors', 'byField.pin')));
  await expect(page).toHaveURL(/#\/setup$/);

  await typeInto(pin, PIN);
  await typeInto(again, PIN);
  await submit.tap();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1, name: CENTRE })).toBeVisible();

  // Setup is done once: its address now leads away, and the admin signs in with the new PIN.
  await page.goto('/#/setup');
  await expect(page).not.toHaveURL(/#\/setup$/);
  await signIn(page, 'admin', PIN);
});
