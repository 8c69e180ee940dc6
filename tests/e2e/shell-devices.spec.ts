import { ADMIN_PIN, expect, test } from './fixtures';
import { chooseLanguage, openSection, signInDirectly } from './shell-touch';
import { tr, zh } from './shell-texts';

// The admin's Devices section on the test host, which listens on loopback only (no `--host`): no
// screen can pair with it, and the section says so in one sentence instead of offering a code.
// Pairing over a real LAN (HTTPS, a client in its own network namespace) is tested elsewhere.
// Reduced motion: see shell-navigation.spec.ts.
test.use({ reducedMotion: 'reduce' });

test('the Devices section on a hub without LAN says how to serve the LAN, in each language, and passes axe', async ({
  page,
  expectAccessible,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff');
  await openSection(page, zh('staff', 'sections.devices'));
  await expect(page).toHaveURL(/#\/staff\/devices$/);

  await expect(page.getByText(zh('staff', 'devices.noLan'), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: zh('staff', 'devices.makeCode') })).toHaveCount(0);
  await expect(page.getByText(zh('staff', 'devices.fingerprint'))).toHaveCount(0);
  // No screen has paired with this hub: the list says so rather than showing an empty table.
  await expect(page.getByText(zh('staff', 'devices.none'), { exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page);

  for (const lang of ['zh-TW', 'en'] as const) {
    await chooseLanguage(page, lang);
    await expect(
      page.getByRole('heading', { level: 1, name: tr(lang, 'staff', 'sections.devices'), exact: true }),
    ).toBeVisible();
    await expect(page.getByText(tr(lang, 'staff', 'devices.noLan'), { exact: true })).toBeVisible();
  }
  // The staff area is still there around it, in the language chosen last.
  await expect(page.getByRole('navigation', { name: tr('en', 'staff', 'nav.label') })).toBeVisible();
});
