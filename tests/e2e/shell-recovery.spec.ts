import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { damageFile } from '../../electron/core/damage-file';
import { checkFile } from '../../electron/core/db/database';
import { ADMIN_PIN, expect, startHost, test as base } from './fixtures';
import type { TestHost } from './host';
import { pinField, submitSignIn } from './shell-touch';
import { trPattern, zh } from './shell-texts';

// The recovery screen: the database failed its check at start (a page overwritten, as a failing
// disk would, the same damage as core.damaged.test.ts), so the kiosk opens on recovery; the admin
// signs in (checked against the newest good backup) and restores it by touch. The worker's host is
// that damaged centre, made before the test: a good start, a name, a backup, a later change, a stop.
const BACKED_UP = 'before damage';
const LOST = 'after backup';

async function damagedCentre(): Promise<TestHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-e2e-damaged-'));
  const healthy = await startHost({ demo: false, dataDir });
  let cookie = '';
  const call = async (method: string, input: object) => {
    const response = await fetch(`${healthy.url}/api/invoke`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kiosk': '1', Cookie: cookie },
      body: JSON.stringify({ method, input }),
    });
    cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    if (!response.ok) throw new Error(`${method}: ${response.status} ${await response.text()}`);
  };
  try {
    await call('auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
    await call('settings.update', { 'centre.name': BACKED_UP });
    // Enough pages that the damage lands inside the data, not only in the header: the ten error
    // reports a screen may send in a minute, each as large as a report is kept.
    for (let i = 0; i < 10; i++)
      await call('diagnostics.logError', { message: `${i} ${'x'.repeat(1990)}`, stack: 's'.repeat(4000) });
    await call('backups.create', {});
    await call('settings.update', { 'centre.name': LOST });
  } finally {
    await healthy.stop();
  }
  damageFile(path.join(dataDir, 'hongyi.sqlite'));
  return startHost({ demo: false, dataDir });
}

const test = base.extend<object, { host: TestHost }>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await damagedCentre();
      await use(host);
      await host.stop();
      fs.rmSync(host.dataDir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
test.use({ reducedMotion: 'reduce' });

test('a damaged database opens on the recovery screen; the admin signs in and restores the backup by touch', async ({
  page,
  host,
  expectAccessible,
}) => {
  await page.goto('/#/home');
  await expect(page).toHaveURL(/#\/recovery$/);
  await expect(page.getByRole('heading', { level: 1, name: zh('setup', 'recovery.title') })).toBeVisible();
  await expect(page.getByText(zh('setup', 'recovery.intro'))).toBeVisible();
  await expect(page.getByText(zh('setup', 'recovery.safe'))).toBeVisible();
  await expectAccessible(page);
  // Nothing else opens while the data is damaged.
  await page.goto('/#/areas/library');
  await expect(page).toHaveURL(/#\/recovery$/);

  await submitSignIn(page, 'admin', '000000');
  await expect(pinField(page)).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveText(zh('errors', 'details.wrongPinRemaining', { count: 4 }));
  await submitSignIn(page, 'admin', ADMIN_PIN);
  await expect(page.getByRole('heading', { level: 2, name: zh('setup', 'recovery.pick') })).toBeVisible();
  const backups = page.getByRole('table', { name: zh('staff', 'backups.caption') }).getByRole('row');
  const manual = backups.filter({ hasText: zh('staff', 'backups.reasons.manual') });
  await expect(manual).toHaveCount(1);
  await expectAccessible(page);

  await manual.getByRole('button', { name: zh('staff', 'backups.restore') }).tap();
  const confirm = page.getByRole('alertdialog', {
    name: trPattern('zh-CN', 'staff', 'backups.confirmTitle'),
  });
  await expect(confirm).toContainText(zh('staff', 'backups.confirmKept'));
  await confirm.getByRole('button', { name: zh('staff', 'backups.confirm') }).tap();

  // Sound again: the kiosk leaves the recovery screen by itself, on the backup's data.
  await expect(page).not.toHaveURL(/#\/recovery$/);
  await expect(page.getByRole('heading', { level: 1, name: BACKED_UP })).toBeVisible();
  await page.goto('/#/recovery');
  await expect(page).not.toHaveURL(/#\/recovery$/);
  // The damaged file was kept, not deleted: the one database in replaced/ still fails its check.
  const keptDir = path.join(host.dataDir, 'replaced');
  const kept = fs.readdirSync(keptDir).filter((f) => f.endsWith('.sqlite'));
  expect(kept).toHaveLength(1);
  expect(checkFile(path.join(keptDir, kept[0] ?? ''))).not.toEqual([]);
});
