import type { Locator, Page } from '@playwright/test';
import { post } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { pinField, signIn, signInDirectly, signOut, staffNav, submitSignIn, typeInto } from './shell-touch';
import { trPattern, zh } from './shell-texts';

// Staff accounts and the PIN lockout, on a host of its own: the tests add, lock, reset and disable
// an account, one after another.
const test = testWithOwnHost({ demo: false });
test.use({ reducedMotion: 'reduce' });
// Serial: each test builds on the one before. Long flows of taps: more time than the default.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const LIBRARIAN = { staffNo: 'lib-01', name: 'wang', pin: '1357', newPin: '8642' };
const ADMIN_SECTIONS = ['settings', 'accounts', 'backups', 'audit'].map((s) => zh('staff', `sections.${s}`));

function accountRow(page: Page, staffNo: string): Locator {
  return page
    .getByRole('table', { name: zh('staff', 'accounts.caption') })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: staffNo, exact: true }) });
}

/** A sign-in that is refused: the answer has come once the form has emptied the PIN. */
async function tryPin(page: Page, pin: string): Promise<Locator> {
  await submitSignIn(page, LIBRARIAN.staffNo, pin);
  await expect(pinField(page)).toHaveValue('');
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  return alert;
}

test('an admin adds a librarian by touch; the librarian signs in and sees no admin section', async ({
  page,
  expectAccessible,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/accounts');
  await page.getByRole('button', { name: zh('staff', 'accounts.add') }).tap();
  const form = page.getByRole('form', { name: zh('staff', 'accounts.addTitle') });
  await typeInto(
    form.getByRole('textbox', { name: zh('staff', 'accounts.staffNo'), exact: true }),
    LIBRARIAN.staffNo,
  );
  await typeInto(
    form.getByRole('textbox', { name: zh('staff', 'accounts.name'), exact: true }),
    LIBRARIAN.name,
  );
  await form.getByRole('checkbox', { name: zh('staff', 'roles.librarian') }).tap();
  await typeInto(pinField(page, zh('staff', 'accounts.pin')), LIBRARIAN.pin);
  await typeInto(pinField(page, zh('staff', 'accounts.pinAgain')), LIBRARIAN.pin);
  await form.getByRole('button', { name: zh('staff', 'accounts.create'), exact: true }).tap();
  await expect(form).toHaveCount(0);
  const row = accountRow(page, LIBRARIAN.staffNo);
  await expect(row).toContainText(LIBRARIAN.name);
  await expect(row).toContainText(zh('staff', 'roles.librarian'));
  await expect(row).toContainText(zh('staff', 'accounts.status.active'));
  await signOut(page);

  await signIn(page, LIBRARIAN.staffNo, LIBRARIAN.pin);
  await expect(staffNav(page)).toContainText(LIBRARIAN.name);
  await expect(staffNav(page).getByRole('link', { name: zh('library', 'staff.desk') })).toBeVisible();
  for (const title of ADMIN_SECTIONS)
    await expect(staffNav(page).getByRole('link', { name: title })).toHaveCount(0);
  await expectAccessible(page);
  // Typing an admin address by hand does not open it either.
  await page.goto('/#/staff/accounts');
  await expect(page.getByRole('alert')).toHaveText(zh('staff', 'nav.forbidden'));
  await expect(page.getByRole('table', { name: zh('staff', 'accounts.caption') })).toHaveCount(0);
});

test('five wrong PINs lock the account: the tries left, then the time; the right PIN is refused while locked', async ({
  page,
  expectAccessible,
}) => {
  await page.goto('/#/staff/sign-in');
  for (let left = 4; left >= 1; left--) {
    const alert = await tryPin(page, '0000');
    await expect(alert).toHaveText(zh('errors', 'details.wrongPinRemaining', { count: left }));
  }
  const locked = trPattern('zh-CN', 'errors', 'details.lockedUntil');
  await expect(await tryPin(page, '0000')).toHaveText(locked);
  const time = locked.exec((await page.getByRole('alert').textContent()) ?? '')?.[1] ?? '';
  expect(time).toMatch(/\d{1,2}:\d{2}/);
  await expectAccessible(page);

  await expect(await tryPin(page, LIBRARIAN.pin)).toHaveText(zh('errors', 'details.lockedUntil', { time }));
  await expect(staffNav(page)).toHaveCount(0);
});

test('an admin sees the lock, resets the PIN (which lifts it), then disables the account', async ({
  page,
  browser,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/accounts');
  const row = accountRow(page, LIBRARIAN.staffNo);
  const locked = trPattern('zh-CN', 'staff', 'accounts.status.locked');
  await expect(row.getByRole('cell').filter({ hasText: locked })).toHaveCount(1);

  await row.getByRole('button', { name: zh('staff', 'accounts.resetPin') }).tap();
  const dialog = page.getByRole('dialog', {
    name: zh('staff', 'accounts.resetPinTitle', { name: LIBRARIAN.name, staffNo: LIBRARIAN.staffNo }),
  });
  await typeInto(pinField(page, zh('staff', 'accounts.pin')), LIBRARIAN.newPin);
  await typeInto(pinField(page, zh('staff', 'accounts.pinAgain')), LIBRARIAN.newPin);
  await dialog.getByRole('button', { name: zh('staff', 'accounts.setPin') }).tap();
  await expect(dialog.getByRole('status')).toHaveText(zh('staff', 'accounts.pinChanged'));
  await dialog.getByRole('button', { name: zh('common', 'actions.close') }).tap();
  await expect(row).toContainText(zh('staff', 'accounts.status.active'));

  // The new PIN works at once, on another screen (a browser context of its own).
  const desk = await browser.newPage();
  await signInDirectly(desk, LIBRARIAN.staffNo, LIBRARIAN.newPin);
  await desk.close();

  await row.getByRole('button', { name: zh('staff', 'accounts.disable') }).tap();
  await expect(row).toContainText(zh('staff', 'accounts.status.disabled'));
  await expect(row.getByRole('button', { name: zh('staff', 'accounts.enable') })).toBeVisible();
  await signOut(page);

  await page.goto('/#/staff/sign-in');
  await expect(await tryPin(page, LIBRARIAN.newPin)).toHaveText(zh('errors', 'codes.account_disabled'));
});

test('a session that ends under the screen: the next touch goes to sign-in, which says why, until signing in or leaving', async ({
  page,
  browser,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  // The core forgets the session (as after 10 idle minutes) while the screen still shows the staff area.
  expect((await post(page, 'auth.signOut')).ok()).toBe(true);

  await staffNav(page)
    .getByRole('link', { name: zh('staff', 'sections.accounts'), exact: true })
    .tap();
  await expect(page).toHaveURL(/#\/staff\/sign-in$/);
  const why = page.getByRole('status').filter({ hasText: zh('staff', 'signIn.reason.expired') });
  await expect(why).toBeVisible();
  await expect(staffNav(page)).toHaveCount(0);

  await submitSignIn(page, 'admin', ADMIN_PIN);
  await expect(staffNav(page)).toBeVisible();
  await signOut(page);
  await page.goto('/#/staff/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await expect(why).toHaveCount(0);

  // Ended again on another screen, and this time nobody signs in: the kiosk goes home, and the
  // next person to open the staff entrance is not told about someone else's session.
  const kiosk = await browser.newPage();
  await signInDirectly(kiosk, 'admin', ADMIN_PIN, '/#/staff/settings');
  await post(kiosk, 'auth.signOut');
  await staffNav(kiosk)
    .getByRole('link', { name: zh('staff', 'sections.accounts'), exact: true })
    .tap();
  const kioskWhy = kiosk.getByRole('status').filter({ hasText: zh('staff', 'signIn.reason.expired') });
  await expect(kioskWhy).toBeVisible();
  await kiosk.getByRole('link', { name: zh('common', 'nav.home') }).tap();
  await expect(kiosk).toHaveURL(/#\/home$/);
  await kiosk.getByRole('link', { name: zh('common', 'home.staff') }).tap();
  await expect(kiosk.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await expect(kioskWhy).toHaveCount(0);
  await kiosk.close();
});
