import sharp from 'sharp';
import { addDays } from '../../electron/shared/dates';
import { call } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { chooseLanguage, signInDirectly, typeInto } from './shell-touch';
import { tr, zh } from './shell-texts';
import { bookForBranch, chooseDay, HOME, openWeekday, pinyin, weekdayLong } from './venues-kit';

// 场地预约's setting up and its calendar, by touch and the desk's mouse, on the demo centre (a host
// of its own: these tests add rooms and move bookings). Venue staff add a room and close it for a
// day; they approve a request on the calendar, whose day view has the rooms side by side, and drag
// a booking to another time.

const test = testWithOwnHost();

test('venue staff add a room by touch, opening on Saturday mornings and confirmed at once, and close it for a time; a visitor can ask for it', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/venues/rooms');
  await expect(page.getByRole('heading', { level: 1, name: zh('venues', 'staff.rooms') })).toBeVisible();
  await page.getByRole('button', { name: zh('venues', 'rooms.add') }).tap();
  const form = page.getByRole('form', { name: zh('venues', 'rooms.addTitle') });
  await pinyin(
    page,
    form.getByRole('textbox', { name: zh('venues', 'rooms.name'), exact: true }),
    'xuexi',
    '学习',
  );
  // A half-filled form survives a reload.
  await page.reload();
  await page.getByRole('button', { name: zh('venues', 'rooms.add') }).tap();
  await expect(form.getByRole('textbox', { name: zh('venues', 'rooms.name'), exact: true })).toHaveValue(
    '学习',
  );
  const capacity = form.getByRole('textbox', { name: zh('venues', 'rooms.capacity') });
  await typeInto(capacity, '0');
  await form.getByRole('button', { name: zh('venues', 'rooms.save') }).tap();
  await expect(form.getByRole('alert')).toHaveText(zh('venues', 'rooms.problems.some'));
  await expect(capacity).toHaveAccessibleDescription(zh('venues', 'rooms.problems.capacity'));
  await typeInto(capacity, '30');
  await expect(form.getByRole('alert')).toHaveCount(0);
  const saturday = weekdayLong(6);
  await form
    .getByRole('group', { name: saturday })
    .getByRole('button', { name: zh('venues', 'rooms.open'), exact: true })
    .tap();
  await form.getByLabel(`${saturday} ${zh('venues', 'rooms.closes')}`).selectOption('12:00');
  await form.getByRole('button', { name: zh('venues', 'rooms.approvalNo') }).tap();
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#d4a017' } })
    .jpeg()
    .toBuffer();
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: 'xuexi.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(form.getByRole('img', { name: zh('common', 'photos.photo', { n: 1 }) })).toBeVisible();
  await form.getByRole('button', { name: zh('venues', 'purposes.training') }).tap();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('room-form.png'), fullPage: true });
  await form.getByRole('button', { name: zh('venues', 'rooms.save') }).tap();

  const row = page.locator('.venues-desk-row').filter({ hasText: '学习' });
  await expect(row).toContainText(zh('venues', 'rooms.capacityOf', { count: 30 }));
  const rooms = await call<{ name: string; hours: { weekday: number; closes: string }[]; rules: unknown }[]>(
    page,
    'venues.list',
    {},
  );
  const room = rooms.find((r) => r.name === '学习');
  expect(room?.hours.find((h) => h.weekday === 6)?.closes).toBe('12:00');
  expect(room?.rules).toMatchObject({ needsApproval: false, purposes: ['training'] });

  // Closed for a day's repairs, then open again.
  const closures = page.getByRole('region', { name: zh('venues', 'blackouts.title') });
  const closing = closures.getByRole('form', { name: zh('venues', 'blackouts.add') });
  await closing.getByLabel(zh('venues', 'blackouts.room')).selectOption({ label: '学习' });
  await pinyin(
    page,
    closing.getByRole('textbox', { name: zh('venues', 'blackouts.reason') }),
    'jianxiu',
    '检修',
  );
  await closing.getByRole('button', { name: zh('venues', 'blackouts.save'), exact: true }).tap();
  await expect(closures.getByRole('status')).toHaveText(zh('venues', 'blackouts.noneAffected'));
  const closure = closures.locator('.venues-desk-row').filter({ hasText: '检修' });
  await expect(closure).toContainText('学习');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('rooms.png'), fullPage: true });
  await closure.getByRole('button', { name: `${zh('venues', 'blackouts.remove')} 学习` }).tap();
  await expect(closure).toHaveCount(0);

  await page.goto(HOME);
  await page.getByRole('link', { name: /学习/ }).tap();
  await expect(
    page.getByRole('img', { name: zh('venues', 'room.photo', { room: '学习', n: 1 }) }),
  ).toBeVisible();
});

test('venue staff see the rooms side by side on the calendar, approve a request there and drag a booking half an hour later', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  const date = await openWeekday(page, 4);
  const rooms = await call<{ id: number; name: string }[]>(page, 'venues.list', {});
  // 党员活动室 takes requests for approval (会议室 confirms them at once).
  const room = rooms.find((r) => r.name === '党员活动室');
  if (!room) throw new Error('no 党员活动室 in the demo centre');
  const asked = await bookForBranch(page, 'bookings.request', {
    roomId: room.id,
    date,
    start: '12:00',
    end: '13:00',
    title: '日历审批测试',
    requestId: `calendar-${date}-${room.id}`,
  });
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/venues/calendar');
  await expect(page.getByRole('heading', { level: 1, name: zh('venues', 'staff.calendar') })).toBeVisible();
  await chooseDay(page, zh('venues', 'calendar.date'), date);
  // The day view has a column per room.
  for (const r of rooms)
    await expect(page.locator('.rbc-row-resource .rbc-header').filter({ hasText: r.name })).toHaveCount(1);
  const event = page.locator('.rbc-event').filter({ hasText: '日历审批测试' });
  await expect(event).toContainText(zh('venues', 'calendar.asked'));
  await event.click();
  const panel = page.getByRole('region', { name: zh('venues', 'calendar.chosen') });
  await expect(panel).toContainText('13900001111');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('calendar.png') });
  await panel.getByRole('button', { name: zh('venues', 'desk.approve'), exact: true }).tap();
  await expect(panel).toContainText(zh('venues', 'states.approved'));
  await expect(event).not.toContainText(zh('venues', 'calendar.asked'));

  // Dragged one half-hour slot down with the desk's mouse: 12:30–13:30.
  const slot = await page.locator('.rbc-day-slot .rbc-time-slot').first().boundingBox();
  const box = await event.boundingBox();
  if (!slot || !box) throw new Error('the calendar is not drawn');
  const x = box.x + box.width / 2;
  const y = box.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + slot.height / 2, { steps: 4 });
  await page.mouse.move(x, y + slot.height, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const list = await call<{ id: number; start: string }[]>(page, 'bookings.list', {
        from: `${date}T00:00`,
        to: `${addDays(date, 1)}T00:00`,
      });
      return list.find((b) => b.id === asked.id)?.start;
    })
    .toBe(`${date}T12:30`);

  // In 繁體 and English too, with the weekdays and times in the language.
  for (const lang of ['zh-TW', 'en'] as const) {
    await chooseLanguage(page, lang);
    await expect(
      page.getByRole('heading', { level: 1, name: tr(lang, 'venues', 'staff.calendar') }),
    ).toBeVisible();
    await expectAccessible(page);
  }
  await chooseLanguage(page, 'zh-CN');
});
