import type { APIRequestContext } from '@playwright/test';
import { invoke } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { signInDirectly } from './shell-touch';
import { zh } from './shell-texts';

// Sign-in trouble as the admin sees it: a notice above the staff area and labelled audit entries.
// On a host of its own: the test locks an account.
const test = testWithOwnHost({ demo: false });
test.use({ reducedMotion: 'reduce' });
test.describe.configure({ timeout: 120_000 });

async function call(request: APIRequestContext, method: string, input: object): Promise<string> {
  const { body } = await invoke(request, method, input);
  return body.ok ? 'ok' : body.error.code;
}

test('after an account is locked the admin sees a notice, reads the audit log in words, and marks it seen', async ({
  page,
  request,
  expectAccessible,
}) => {
  expect(await call(request, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN })).toBe('ok');
  const librarian = { staffNo: 'lib-02', name: 'li', roles: ['librarian'], pin: '1357' };
  expect(await call(request, 'staff.create', librarian)).toBe('ok');
  const answers: string[] = [];
  for (let i = 0; i < 5; i++)
    answers.push(await call(request, 'auth.signIn', { staffNo: 'lib-02', pin: '0000' }));
  expect(answers.at(-1)).toBe('account_locked');

  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/settings');
  const notice = page.getByRole('status').filter({ hasText: zh('staff', 'securityNotice.title') });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(zh('staff', 'securityNotice.locked', { count: 1 }));
  await expect(notice).toContainText(zh('staff', 'securityNotice.failed', { count: 5 }));
  await expectAccessible(page);

  await notice.getByRole('link', { name: zh('staff', 'securityNotice.open') }).tap();
  const log = page.getByRole('table', { name: zh('staff', 'audit.caption') });
  const lockRow = log
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: zh('staff', 'audit.actions.auth_locked') }) });
  await expect(lockRow).toHaveCount(1);
  await expect(lockRow).toContainText(zh('staff', 'audit.device.screen'));
  await expect(lockRow).toContainText(zh('staff', 'audit.where.screen'));
  await expect(lockRow).toContainText('lib-02');
  await expect(
    log.getByRole('rowheader').filter({ hasText: zh('staff', 'audit.actions.auth_failed') }),
  ).toHaveCount(5);
  await expectAccessible(page);

  await notice.getByRole('button', { name: zh('staff', 'securityNotice.seen') }).tap();
  await expect(notice).toHaveCount(0);
  await expect(
    log.getByRole('rowheader').filter({ hasText: zh('staff', 'audit.actions.security_acknowledge') }),
  ).toHaveCount(1);
});
