import type { Page } from '@playwright/test';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { kioskInfo, openSection, signInDirectly, staffNav, typeInto } from './shell-touch';
import { trPattern, zh } from './shell-texts';

// A backup and a restore through the staff area, on a host of its own (the restore rolls its data
// back). Reduced motion: see shell-navigation.spec.ts.
const test = testWithOwnHost({ demo: false });
test.use({ reducedMotion: 'reduce' });

const RENAMED = 'renamed';

function manualBackups(page: Page) {
  return page
    .getByRole('table', { name: zh('staff', 'backups.caption') })
    .getByRole('row')
    .filter({ hasText: zh('staff', 'backups.reasons.manual') });
}

test('make a backup, rename the centre, restore the backup: the old name is back and staff sign in again', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const { centreName: original } = await kioskInfo(request);
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/backups');
  await expect(manualBackups(page)).toHaveCount(0);
  await page.getByRole('button', { name: zh('staff', 'backups.make') }).tap();
  await expect(
    page.getByRole('status').filter({ hasText: trPattern('zh-CN', 'staff', 'backups.made') }),
  ).toBeVisible();
  await expect(manualBackups(page)).toHaveCount(1);

  await openSection(page, zh('staff', 'sections.settings'));
  await typeInto(
    page.getByRole('textbox', { name: zh('staff', 'settings.centreName'), exact: true }),
    RENAMED,
  );
  await page.getByRole('button', { name: zh('staff', 'settings.save') }).tap();
  await expect(page.getByRole('banner')).toContainText(RENAMED);

  await openSection(page, zh('staff', 'sections.backups'));
  await manualBackups(page)
    .getByRole('button', { name: zh('staff', 'backups.restore') })
    .tap();
  const confirm = page.getByRole('alertdialog', {
    name: trPattern('zh-CN', 'staff', 'backups.confirmTitle'),
  });
  await expect(confirm).toContainText(zh('staff', 'backups.confirmKept'));
  await confirm.getByRole('button', { name: zh('staff', 'backups.confirm') }).tap();

  await expect(page).toHaveURL(/#\/staff\/sign-in$/);
  await expect(
    page.getByRole('status').filter({ hasText: zh('staff', 'signIn.reason.restored') }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(original);
  await expect(page.getByRole('banner')).not.toContainText(RENAMED);

  // The session went with the restore: the staff area asks to sign in, and then shows the old name.
  await page.goto('/#/staff/settings');
  await expect(page.getByRole('heading', { level: 1, name: zh('staff', 'signIn.title') })).toBeVisible();
  await expect(staffNav(page)).toHaveCount(0);
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  await expect(
    page.getByRole('textbox', { name: zh('staff', 'settings.centreName'), exact: true }),
  ).toHaveValue(original);
  expect((await kioskInfo(request)).centreName).toBe(original);
});

test('a backup sealed with a passphrase for a USB stick comes back only with that passphrase', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const PASSPHRASE = '13572468';
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/backups');
  await page.getByRole('button', { name: zh('staff', 'backups.make') }).tap();
  await expect(manualBackups(page).first()).toBeVisible();
  const sealButton = manualBackups(page)
    .first()
    .getByRole('button', { name: zh('staff', 'backups.seal') });
  expect((await sealButton.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
  await sealButton.tap();
  const dialog = page.getByRole('dialog', { name: trPattern('zh-CN', 'staff', 'backups.sealTitle') });
  await typeInto(
    dialog.getByRole('textbox', { name: zh('staff', 'backups.passphrase'), exact: true }),
    PASSPHRASE,
  );
  await typeInto(dialog.getByRole('textbox', { name: zh('staff', 'backups.passphraseAgain') }), PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: zh('staff', 'backups.sealConfirm') }).tap(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.hongyi-backup$/);
  const sealed = await download.path();

  const panel = page.getByRole('region', { name: zh('staff', 'backups.unsealTitle') });
  const passphrase = panel.getByRole('textbox', { name: zh('staff', 'backups.passphrase'), exact: true });
  await typeInto(passphrase, '24681357');
  await panel.locator('input[type=file]').setInputFiles(sealed);
  await expect(panel.getByRole('alert')).toHaveText(zh('errors', 'codes.backup_passphrase_wrong'));

  await typeInto(passphrase, PASSPHRASE);
  await panel.locator('input[type=file]').setInputFiles(sealed);
  await expect(panel.getByRole('status')).toHaveText(trPattern('zh-CN', 'staff', 'backups.unsealed'));
  await expect(
    page
      .getByRole('table', { name: zh('staff', 'backups.caption') })
      .getByRole('row')
      .filter({ hasText: zh('staff', 'backups.reasons.uploaded') }),
  ).toHaveCount(1);
});
