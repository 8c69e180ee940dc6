import type { Locator, Page } from '@playwright/test';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { chooseLanguage, keyboardDock, openSection, signInDirectly, tapKeys } from './shell-touch';
import { tr, zh, type Lang } from './shell-texts';

// The centre's calendar as the librarian (here the admin) uses it, by touch, on a host of its own:
// these tests close and open days. The screen's clock is fixed in October 2026, a month with a
// statutory holiday and a 调休 Saturday; core's calendar does not read the clock.

const test = testWithOwnHost();
test.use({ reducedMotion: 'reduce' });

const TODAY = new Date('2026-10-12T10:00:00+08:00');

/** A date as the grid's buttons name it: the full date in the language, then what the day is. */
const fullDate = (lang: Lang, date: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

function day(page: Page, lang: Lang, date: string): Locator {
  return page.locator(`.cal-day[aria-label^="${fullDate(lang, date)}"]`);
}

async function openCalendar(page: Page): Promise<void> {
  await page.clock.setFixedTime(TODAY);
  // Signed in through the API: the touch sign-in has specs of its own, and this machine is slow.
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/audit');
  await openSection(page, zh('staff', 'sections.calendar'));
  await expect(page.getByRole('heading', { level: 2, name: '2026年10月' })).toBeVisible();
}

test('marks holidays and 调休 workdays; a tap closes a day with a reason and it shows marked (简体)', async ({
  page,
  expectAccessible,
}) => {
  // Typing the reason in pinyin is a tap per letter: on a busy 2-core machine, more than the default.
  test.setTimeout(360_000);
  await openCalendar(page);
  const national = zh('common', 'calendar.holidays.national_day');
  await expect(day(page, 'zh-CN', '2026-10-01')).toHaveAttribute(
    'aria-label',
    [
      fullDate('zh-CN', '2026-10-01'),
      zh('common', 'calendar.notes.closed'),
      zh('common', 'calendar.notes.holiday', { name: national }),
    ].join('，'),
  );
  await expect(day(page, 'zh-CN', '2026-10-01')).toContainText(national);
  await expect(day(page, 'zh-CN', '2026-10-10')).toHaveAttribute(
    'aria-label',
    [
      fullDate('zh-CN', '2026-10-10'),
      zh('common', 'calendar.notes.open'),
      zh('common', 'calendar.notes.workday', { name: national }),
    ].join('，'),
  );
  await expect(day(page, 'zh-CN', '2026-10-10')).toContainText(zh('common', 'calendar.badge.workday'));
  await expect(day(page, 'zh-CN', '2026-10-12')).toHaveAttribute('aria-current', 'date');
  const closedTable = page.getByRole('table', {
    name: zh('staff', 'calendar.listCaption', { month: '2026年10月' }),
  });
  await expect(closedTable.getByRole('row')).toHaveCount(1 + 7);
  await expectAccessible(page);

  // Tuesday 20 October: open, until staff close it for maintenance (检修, typed in pinyin).
  const target = day(page, 'zh-CN', '2026-10-20');
  await target.tap();
  const dialog = page.getByRole('dialog', { name: fullDate('zh-CN', '2026-10-20') });
  await expect(dialog).toContainText(zh('staff', 'calendar.isOpen'));
  await expectAccessible(page);
  await dialog.getByRole('textbox', { name: zh('staff', 'calendar.reason') }).tap();
  // A reason is words: on a 简体 screen the keyboard opens in pinyin.
  await expect(
    keyboardDock(page).getByRole('button', { name: zh('keyboard', 'keys.switchMethod') }),
  ).toHaveAttribute('aria-pressed', 'true');
  await tapKeys(page, 'jianxiu');
  await keyboardDock(page)
    .getByRole('group', { name: zh('keyboard', 'candidates.label') })
    .getByRole('button', { name: '检修', exact: true })
    .tap();
  await expect(dialog.getByRole('textbox', { name: zh('staff', 'calendar.reason') })).toHaveValue('检修');
  await dialog.getByRole('button', { name: zh('staff', 'calendar.close') }).tap();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    zh('staff', 'calendar.saved', {
      date: fullDate('zh-CN', '2026-10-20'),
      state: zh('common', 'calendar.notes.closed'),
    }),
  );
  await expect(target).toHaveAttribute('data-tone', 'closed');
  await expect(target).toHaveAttribute('data-marked', '');
  await expect(target).toContainText(zh('common', 'calendar.badge.closed'));
  await expect(target).toHaveAttribute(
    'aria-label',
    new RegExp(`${zh('common', 'calendar.notes.closedBy')}，原因：检修$`),
  );
  await expect(closedTable.getByRole('row').filter({ hasText: '2026年10月20日' })).toContainText(
    zh('common', 'calendar.notes.closedBy'),
  );
  await expect(closedTable.getByRole('row')).toHaveCount(1 + 8);

  // The next month is a tap away, and the way back.
  await page.getByRole('button', { name: zh('common', 'calendar.nextMonth') }).tap();
  await expect(page.getByRole('heading', { level: 2, name: '2026年11月' })).toBeVisible();
  await page.getByRole('button', { name: zh('common', 'calendar.thisMonth') }).tap();
  await expect(target).toHaveAttribute('data-tone', 'closed');
});

test(
  'in English: opens a holiday for the day, then gives it back to the schedule',
  { tag: '@landscape' },
  async ({ page, expectAccessible }) => {
    await openCalendar(page);
    await chooseLanguage(page, 'en');
    const en = (ns: 'common' | 'staff', key: string, vars = {}) => tr('en', ns, key, vars);
    await expect(
      page.getByRole('heading', { level: 1, name: en('staff', 'sections.calendar') }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'October 2026' })).toBeVisible();

    const holiday = day(page, 'en', '2026-10-03');
    await expect(holiday).toContainText(en('common', 'calendar.holidays.national_day'));
    await holiday.tap();
    const dialog = page.getByRole('dialog', { name: fullDate('en', '2026-10-03') });
    await expect(dialog).toContainText(en('staff', 'calendar.isClosed'));
    await expect(dialog).toContainText(en('common', 'calendar.notes.holiday', { name: 'National Day' }));
    await dialog.getByRole('button', { name: en('staff', 'calendar.open') }).tap();
    await expect(dialog).toHaveCount(0);
    await expect(holiday).toHaveAttribute('data-tone', 'open');
    await expect(holiday).toContainText(en('common', 'calendar.badge.open'));
    await expectAccessible(page);

    await holiday.tap();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: en('staff', 'calendar.reset') })
      .tap();
    await expect(holiday).toHaveAttribute('data-tone', 'closed');
    await expect(holiday).not.toHaveAttribute('data-marked', '');
  },
);

test(
  'closes the centre every Monday, and the Mondays show closed',
  { tag: '@landscape' },
  async ({ page }) => {
    await openCalendar(page);
    const weekly = page.getByRole('group', { name: zh('staff', 'calendar.weekly') });
    const monday = new Intl.DateTimeFormat('zh-CN', { weekday: 'long', timeZone: 'UTC' }).format(
      new Date('2023-01-02T00:00:00Z'),
    );
    await weekly.getByRole('button', { name: monday }).tap();
    await weekly.getByRole('button', { name: zh('common', 'actions.save') }).tap();
    await expect(page.getByRole('status')).toHaveText(zh('staff', 'calendar.weeklySaved'));
    await expect(weekly.getByRole('button', { name: monday })).toHaveAttribute('aria-pressed', 'true');
    for (const date of ['2026-10-12', '2026-10-19', '2026-10-26']) {
      await expect(day(page, 'zh-CN', date)).toHaveAttribute('data-tone', 'closed');
      await expect(day(page, 'zh-CN', date)).toHaveAttribute(
        'aria-label',
        new RegExp(zh('common', 'calendar.notes.weekly')),
      );
    }
    // Back to open every day, for the tests that follow on this host.
    await weekly.getByRole('button', { name: monday }).tap();
    await weekly.getByRole('button', { name: zh('common', 'actions.save') }).tap();
    await expect(day(page, 'zh-CN', '2026-10-19')).not.toHaveAttribute('data-tone', 'closed');
  },
);
