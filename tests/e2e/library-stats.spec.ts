import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ADMIN_PIN, expect, test } from './fixtures';
import { signInDirectly } from './shell-touch';
import { zh } from './shell-texts';

// The reading room's statistics: a period chosen on the touch calendar (no native date input), and
// the chart drawn by ECharts following high contrast and large text. Read-only on the worker's
// demo centre. The screen's clock is fixed; the demo's loans are whatever its seed made. Landscape
// only (see playwright.config.ts).
test.use({ reducedMotion: 'reduce' });

const DESK = JSON.parse(
  fs.readFileSync(path.join('renderer', 'src', 'features', 'library-desk', 'locales', 'zh-CN.json'), 'utf8'),
) as {
  stats: { showTable: string; perMonthTable: string };
};
// The period picker is the shell's (components/PeriodPicker), its texts in `common`.
const PERIOD = {
  custom: zh('common', 'period.presets.custom'),
  from: zh('common', 'period.from'),
  to: zh('common', 'period.to'),
};

const fullDate = (date: string) =>
  new Intl.DateTimeFormat('zh-CN', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
const longDate = (date: string) =>
  new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** A date field of the period: a button named by its label and the date it shows. */
function dateField(page: Page, label: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^${label} `) });
}

function dayIn(dialog: Locator, date: string): Locator {
  return dialog.locator(`.cal-day[aria-label^="${fullDate(date)}"]`);
}

/** What the chart's SVG shows: the size of its axis text and the fills of its shapes. */
async function chartLook(page: Page): Promise<{ fontSize: number; fills: string[] }> {
  await expect(page.locator('.chart-canvas svg')).toBeAttached();
  // An expression, as the tests are compiled without the DOM's types.
  return page.evaluate<{ fontSize: number; fills: string[] }>(`(() => {
    const svg = document.querySelector('.chart-canvas svg');
    return {
      fontSize: parseFloat(getComputedStyle(svg.querySelector('text')).fontSize),
      fills: [...svg.querySelectorAll('path')].map((p) => getComputedStyle(p).fill),
    };
  })()`);
}

test('a custom period picked on the touch calendar, and a chart that follows large text and high contrast', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(new Date('2026-10-12T10:00:00+08:00'));
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/library/stats');
  await expect(page.locator('.chart-canvas svg')).toBeAttached();
  await expect(
    page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]'),
  ).toHaveCount(0);

  await page.getByRole('button', { name: PERIOD.custom, exact: true }).tap();
  // The custom period starts from the last twelve months, to today.
  await expect(dateField(page, PERIOD.to)).toHaveAccessibleName(`${PERIOD.to} ${longDate('2026-10-12')}`);
  await dateField(page, PERIOD.from).tap();
  let dialog = page.getByRole('dialog', { name: PERIOD.from });
  await expect(dialog.getByRole('heading', { name: '2025年11月' })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: zh('common', 'calendar.thisMonth') }).tap();
  await dialog.getByRole('button', { name: zh('common', 'calendar.prevMonth') }).tap();
  await dialog.getByRole('button', { name: zh('common', 'calendar.prevMonth') }).tap();
  await expect(dialog.getByRole('heading', { name: '2026年8月' })).toBeVisible();
  await dayIn(dialog, '2026-08-03').tap();
  await expect(dialog).toHaveCount(0);
  await expect(dateField(page, PERIOD.from)).toHaveAccessibleName(`${PERIOD.from} ${longDate('2026-08-03')}`);

  // The end cannot come before the start: those days cannot be tapped.
  await dateField(page, PERIOD.to).tap();
  dialog = page.getByRole('dialog', { name: PERIOD.to });
  await expect(dialog.getByRole('heading', { name: '2026年10月' })).toBeVisible();
  await expect(dayIn(dialog, '2026-10-12')).toHaveAttribute('aria-pressed', 'true');
  await dialog.getByRole('button', { name: zh('common', 'calendar.prevMonth') }).tap();
  await dialog.getByRole('button', { name: zh('common', 'calendar.prevMonth') }).tap();
  await expect(dayIn(dialog, '2026-08-02')).toBeDisabled();
  await expect(dialog.getByRole('button', { name: zh('common', 'calendar.prevMonth') })).toBeDisabled();
  await dialog.getByRole('button', { name: zh('common', 'calendar.nextMonth') }).tap();
  await dayIn(dialog, '2026-09-20').tap();
  await expect(dialog).toHaveCount(0);

  // The numbers follow: one row a month of the period.
  await page.getByText(DESK.stats.showTable).tap();
  const months = page.getByRole('table', { name: DESK.stats.perMonthTable });
  await expect(months.getByRole('rowheader')).toHaveText(['2026年8月', '2026年9月']);
  await expectAccessible(page);

  const plain = await chartLook(page);
  await page.getByRole('button', { name: zh('common', 'display.largeText') }).tap();
  await page.getByRole('button', { name: zh('common', 'display.highContrast') }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  // The chart redraws with the page's larger text and the high-contrast red (#8a0012).
  await expect.poll(async () => (await chartLook(page)).fontSize).toBeGreaterThan(plain.fontSize);
  await expect.poll(async () => (await chartLook(page)).fills).toContain('rgb(138, 0, 18)');
  await expectAccessible(page);
});
