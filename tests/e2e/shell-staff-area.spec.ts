import type { Page } from '@playwright/test';
import { ADMIN_PIN, expect, test } from './fixtures';
import { chooseLanguage, openSection, signInDirectly, staffNav } from './shell-touch';
import { tr, trPattern, zh, type Lang } from './shell-texts';

// The staff area's screens as an admin sees them, on the worker's demo centre: every section in
// the three languages and through axe, and the forms and dialogs opened but never sent, so the
// shared data stays as it is. Reduced motion: see shell-navigation.spec.ts.
test.use({ reducedMotion: 'reduce' });

const SECTIONS = ['settings', 'accounts', 'backups', 'audit', 'review'] as const;

async function headingIn(page: Page, lang: Lang, section: string): Promise<void> {
  await expect(
    page.getByRole('heading', { level: 1, name: tr(lang, 'staff', `sections.${section}`), exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: tr(lang, 'staff', 'nav.label') })).toBeVisible();
}

test('each staff section follows the language switch and passes axe', async ({ page, expectAccessible }) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  await expect(
    staffNav(page).getByText(trPattern('zh-CN', 'staff', 'nav.signedInAs', { staffNo: 'admin' })),
  ).toBeVisible();
  for (const section of SECTIONS) {
    await openSection(page, zh('staff', `sections.${section}`));
    await expectAccessible(page);
    for (const lang of ['zh-TW', 'en', 'zh-CN'] as const) {
      await chooseLanguage(page, lang);
      await headingIn(page, lang, section);
    }
  }
});

test('the staff forms and dialogs pass axe: add an account, reset a PIN, restore or seal a backup (each cancelled)', async ({
  page,
  expectAccessible,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/accounts');
  await page.getByRole('button', { name: zh('staff', 'accounts.add') }).tap();
  const form = page.getByRole('form', { name: zh('staff', 'accounts.addTitle') });
  await expect(form).toBeVisible();
  await expectAccessible(page);
  await form.getByRole('button', { name: zh('common', 'actions.cancel') }).tap();
  await expect(form).toHaveCount(0);

  const admin = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'admin', exact: true }) });
  await admin.getByRole('button', { name: zh('staff', 'accounts.resetPin') }).tap();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: zh('common', 'actions.cancel') }).tap();
  await expect(dialog).toHaveCount(0);

  await openSection(page, zh('staff', 'sections.backups'));
  const table = page.getByRole('table', { name: zh('staff', 'backups.caption') });
  await table
    .getByRole('button', { name: zh('staff', 'backups.restore') })
    .first()
    .tap();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(zh('staff', 'backups.confirmSignIn'));
  await expectAccessible(page);
  await confirm.getByRole('button', { name: zh('common', 'actions.cancel') }).tap();
  await expect(confirm).toHaveCount(0);

  await table
    .getByRole('button', { name: zh('staff', 'backups.seal') })
    .first()
    .tap();
  const seal = page.getByRole('dialog');
  await expect(seal).toContainText(zh('staff', 'backups.sealText'));
  await expectAccessible(page);
  await seal.getByRole('button', { name: zh('common', 'actions.cancel') }).tap();
  await expect(seal).toHaveCount(0);
});
