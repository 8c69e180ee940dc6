import type { Locator, Page } from '@playwright/test';
import { addDays, weekdayOf } from '../../electron/shared/dates';
import { wallNow, wallTime } from '../../electron/shared/wall-time';
import { call } from './api';
import { expect } from './fixtures';
import { keyboardDock, tapKeys } from './shell-touch';
import { zh, type Lang } from './shell-texts';

// The venue-booking specs' steps: the demo centre's open days, the date field, pinyin, fields.

export const HOME = '/#/areas/venues';

export const fullDate = (lang: Lang, date: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** A weekday's long name in 简体 (0 for Sunday), as the room form names its lines. */
export const weekdayLong = (weekday: number) =>
  new Intl.DateTimeFormat('zh-CN', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + weekday)),
  );

/** The first weekday at least `ahead` days on that the centre's calendar has open. */
export async function openWeekday(page: Page, ahead: number): Promise<string> {
  const today = wallTime(wallNow(new Date())).slice(0, 10);
  const { days } = await call<{ days: { date: string; open: boolean }[] }>(page, 'calendar.days', {
    from: addDays(today, ahead),
    to: addDays(today, ahead + 20),
  });
  const day = days.find((d) => d.open && weekdayOf(d.date) >= 1 && weekdayOf(d.date) <= 5);
  if (!day) throw new Error('no open weekday in three weeks');
  return day.date;
}

/** Opens the date field and taps the day, going on a month at a time until it is there. */
export async function chooseDay(page: Page, label: string, date: string): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${label} `) }).tap();
  const dialog = page.getByRole('dialog');
  const target = dialog.locator(`.cal-day[aria-label^="${fullDate('zh-CN', date)}"]`);
  for (let months = 0; months < 3 && (await target.count()) === 0; months++)
    await dialog.getByRole('button', { name: zh('common', 'calendar.nextMonth') }).tap();
  await target.tap();
  await expect(dialog).toBeHidden();
}

/** Pinyin on the on-screen keys, then the candidate. */
export async function pinyin(page: Page, field: Locator, letters: string, word: string): Promise<void> {
  await field.tap();
  await expect(keyboardDock(page)).toBeVisible();
  await tapKeys(page, letters);
  await keyboardDock(page)
    .getByRole('group', { name: zh('keyboard', 'candidates.label') })
    .getByRole('button', { name: word, exact: true })
    .tap();
  await expect(field).toHaveValue(word);
}

export const field = (page: Page, key: string) => page.getByRole('textbox', { name: zh('venues', key) });

/**
 * A booking of the demo's 精密机械 branch in `roomId` on `date`, made by venue staff (`create`) or
 * asked for as a visitor (`request`); the page must be signed in for `create`.
 */
export function bookForBranch(
  page: Page,
  method: 'bookings.create' | 'bookings.request',
  booking: { roomId: number; date: string; start: string; end: string; title: string; requestId: string },
): Promise<{ id: number }> {
  const { roomId, date, start, end, title, requestId } = booking;
  return call<{ id: number }>(page, method, {
    venueId: roomId,
    start: `${date}T${start}`,
    end: `${date}T${end}`,
    title,
    purpose: 'branch_committee',
    organiser: { company: null, branch: '星湖精密机械有限公司党支部' },
    contactName: '赵磊',
    contactPhone: '13900001111',
    headcount: 8,
    requestId,
  });
}
