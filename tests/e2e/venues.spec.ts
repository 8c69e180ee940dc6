import sharp from 'sharp';
import { addDays } from '../../electron/shared/dates';
import { wallNow, wallTime } from '../../electron/shared/wall-time';
import { call } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { openSection, signInDirectly, typeInto } from './shell-touch';
import { tr, zh } from './shell-texts';
import { bookForBranch, chooseDay, field, fullDate, HOME, openWeekday, pinyin } from './venues-kit';

// 场地预约 as a visitor and venue staff use it, by touch, on the demo centre's rooms (a host of its
// own: these tests make bookings). A visitor asks for 党员活动室 in pinyin (the organiser picked from
// the park's companies as one types) and keeps the reference; staff approve it at the desk; the
// reference then says so. The times are a few days ahead of the real clock, on an open weekday,
// since the room's notice is checked by core against its own clock.

const test = testWithOwnHost();
const ROOM = '党员活动室';

test('a visitor asks for a room in pinyin and keeps the reference; staff approve it and the reference says so', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(360_000);
  const date = await openWeekday(page, 3);
  await page.goto(HOME);
  await expect(page.getByRole('heading', { level: 1, name: zh('venues', 'home.title') })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('0-home.png') });
  await page.getByRole('link', { name: ROOM }).tap();
  await expect(page.getByRole('heading', { level: 1, name: ROOM })).toBeVisible();

  await chooseDay(page, zh('venues', 'request.date'), date);
  await page.getByRole('button', { name: '11:30–12:00', exact: true }).tap();
  await page.getByRole('button', { name: '12:00–12:30', exact: true }).tap();
  await expect(page.getByText(/已选 11:30–12:30/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('1-time.png') });
  await page.getByRole('button', { name: zh('venues', 'request.next') }).tap();

  await pinyin(page, field(page, 'form.title'), 'dangshi', '党史');
  await page.getByRole('button', { name: zh('venues', 'purposes.theme_day') }).tap();
  // The park's companies as one types: one tap fills the company and its branch.
  await pinyin(page, field(page, 'form.company'), 'zhineng', '智能');
  await page
    .getByRole('list', { name: zh('venues', 'form.organisations') })
    .getByRole('button', { name: '星湖智能制造有限公司 · 星湖智能制造有限公司第一党支部' })
    .tap();
  await expect(field(page, 'form.company')).toHaveValue('星湖智能制造有限公司');
  await expect(field(page, 'form.branch')).toHaveValue('星湖智能制造有限公司第一党支部');
  await pinyin(page, field(page, 'form.contactName'), 'wang', '王');
  await typeInto(field(page, 'form.contactPhone'), '13812345678');
  await typeInto(field(page, 'form.headcount'), '12');
  await page.getByRole('heading', { level: 2, name: zh('venues', 'request.formStep') }).tap();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('2-form.png'), fullPage: true });
  await page.getByRole('button', { name: zh('venues', 'form.submit') }).tap();

  await expect(page.getByRole('heading', { name: zh('venues', 'done.requestedTitle') })).toBeVisible();
  const ref = (await page.locator('.venues-ref').textContent()) ?? '';
  expect(ref).toMatch(/^\d{8}$/);
  await expect(page.getByRole('img', { name: zh('venues', 'done.qrLabel') })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('3-done.png') });
  await page.getByRole('link', { name: zh('venues', 'nav.status') }).tap();
  await expect(page.getByRole('heading', { level: 2, name: zh('venues', 'states.requested') })).toBeVisible();
  // Nothing personal on the visitor's side.
  await expect(page.getByText('13812345678')).toHaveCount(0);

  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/venues/requests');
  const row = page.locator('.venues-desk-row').filter({ hasText: ref });
  await expect(row).toContainText('党史');
  await expect(row).toContainText('13812345678');
  await expect(row).toContainText('星湖智能制造有限公司第一党支部');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('4-desk.png') });
  await row.getByRole('button', { name: zh('venues', 'desk.approve'), exact: true }).tap();
  await expect(page.locator('.venues-desk-list').first().filter({ hasText: ref })).toHaveCount(0);

  await page.goto(`${HOME}/status?ref=${ref}`);
  await expect(page.getByRole('heading', { level: 2, name: zh('venues', 'states.approved') })).toBeVisible();
});

test('refuses a wrong reference in words, and shows the rooms in 繁體 and English', async ({
  page,
  expectAccessible,
}) => {
  await page.goto(`${HOME}/status`);
  const refField = page.getByRole('textbox', { name: zh('venues', 'done.ref') });
  await typeInto(refField, '123');
  await page.getByRole('button', { name: zh('venues', 'status.look') }).tap();
  await expect(page.getByText(zh('venues', 'status.eightDigits'))).toBeVisible();
  await typeInto(refField, '00000000');
  await page.getByRole('button', { name: zh('venues', 'status.look') }).tap();
  await expect(page.getByRole('alert')).toHaveText(zh('venues', 'errors.booking_not_found'));
  await expectAccessible(page);

  for (const lang of ['zh-TW', 'en'] as const) {
    await page.goto(HOME);
    await page.getByRole('button', { name: tr(lang, 'common', `language.names.${lang}`), exact: true }).tap();
    await expect(
      page.getByRole('heading', { level: 1, name: tr(lang, 'venues', 'home.title') }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: lang === 'en' ? 'Party members’ room' : ROOM }),
    ).toBeVisible();
    await expectAccessible(page);
  }
});

test('the door sign shows now, next and free-until, follows a booking made at the desk; the lobby and the printed sheets list the day', async ({
  page,
  expectAccessible,
}) => {
  const date = await openWeekday(page, 3);
  const rooms = await call<{ id: number; name: string }[]>(page, 'venues.list', {});
  const room = rooms.find((r) => r.name === '会议室');
  if (!room) throw new Error('no 会议室 in the demo centre');
  await call(page, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  const booking = (title: string, start: string, end: string, n: number) =>
    bookForBranch(page, 'bookings.create', {
      roomId: room.id,
      date,
      start,
      end,
      title,
      requestId: `door-${date}-${n}-${room.id}`,
    });
  // The demo's own bookings of the day are there too: the test's are at times the demo leaves free.
  await booking('支委会（门牌测试）', '11:30', '12:30', 1);
  await page.clock.setFixedTime(new Date(`${date}T11:45:00+08:00`));
  await page.goto(`/#/door/${room.id}`);
  await expect(page.getByRole('heading', { level: 1, name: '会议室' })).toBeVisible();
  const now = page.getByRole('region', { name: zh('venues', 'door.now') });
  await expect(now).toContainText('支委会（门牌测试）');
  await expect(now).toContainText('星湖精密机械有限公司党支部');
  await expect(page.getByText('13900001111')).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('door.png') });

  // Booked at the desk meanwhile: the sign shows it without a reload.
  await booking('党小组会（门牌测试）', '13:00', '14:00', 2);
  await expect(page.getByRole('region', { name: zh('venues', 'door.next') })).toContainText(
    '党小组会（门牌测试）',
  );

  await page.goto('/#/areas/venues/today');
  await expect(page.getByRole('heading', { level: 1, name: zh('venues', 'today.title') })).toBeVisible();
  await expect(page.getByText(/支委会（门牌测试）/)).toBeVisible();
  await expectAccessible(page);

  // A door without a screen: the day's sheets at the desk, one a room, a page each on paper.
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/venues/daysheet');
  await expect(page.getByRole('heading', { level: 1, name: zh('venues', 'staff.daySheet') })).toBeVisible();
  const sheet = page.getByRole('article', { name: tr('zh-CN', 'venues', 'sheet.of', { room: '会议室' }) });
  await expect(sheet).toContainText('支委会（门牌测试）');
  await expect(sheet).toContainText('党小组会（门牌测试）');
  await expect(page.getByText('13900001111')).toHaveCount(0);
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-sheet .venues-sheet')).toHaveCount(rooms.length);
  await expect(page.locator('.print-sheet .venues-sheet').first()).toBeVisible();
  await expect(page.locator('.venues-sheet-preview')).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('day-sheet-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('venue staff record an event held, with a photo, and export the 活动台账', async ({
  page,
  expectAccessible,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/venues/requests');
  const records = page.getByRole('region', { name: /待记录的活动/ });
  const first = records.locator('.venues-desk-row').first();
  await expect(first).toBeVisible();
  const ref = ((await first.locator('.venues-desk-ref').textContent()) ?? '').match(/\d{8}/)?.[0] ?? '';
  await first.getByRole('button', { name: zh('venues', 'record.record'), exact: true }).tap();
  const dialog = page.getByRole('dialog');
  await pinyin(
    page,
    dialog.getByRole('textbox', { name: zh('venues', 'record.summary') }),
    'dangshi',
    '党史',
  );
  // A photo from the desk's files, kept in the media store.
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#9e0b22' } })
    .jpeg()
    .toBuffer();
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'huodong.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(dialog.getByRole('img', { name: zh('common', 'photos.photo', { n: 1 }) })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: zh('venues', 'record.save') }).tap();
  await expect(dialog).toBeHidden();
  await expect(records.locator('.venues-desk-row').filter({ hasText: ref })).toHaveCount(0);
  const today = wallTime(wallNow(new Date())).slice(0, 10);
  const held = await call<{ ref: string; record: { photos: string[] } | null }[]>(page, 'bookings.list', {
    from: `${addDays(today, -31)}T00:00`,
    to: `${addDays(today, 1)}T00:00`,
  });
  expect(held.find((b) => b.ref === ref)?.record?.photos).toHaveLength(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: zh('venues', 'record.export') }).tap();
  expect((await download).suggestedFilename()).toMatch(/^活动台账-\d{4}-01-01至\d{4}-\d{2}-\d{2}\.xlsx$/);

  // 场地统计 counts it with the year's events, per room and purpose, and exports the same.
  await openSection(page, zh('venues', 'staff.reports'));
  const totals = page.locator('.stat-total');
  await expect(totals.filter({ hasText: zh('venues', 'report.events') })).toContainText(/[1-9]/);
  await expect(page.getByRole('table', { name: zh('venues', 'report.byRoom') })).toContainText(ROOM);
  await expect(page.getByRole('img', { name: zh('venues', 'report.perMonth') })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('report.png'), fullPage: true });
  const report = page.waitForEvent('download');
  await page.getByRole('button', { name: zh('venues', 'report.export') }).tap();
  expect((await report).suggestedFilename()).toMatch(/^场地统计-\d{4}-01-01至\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test('venue staff book a weekly 主题党日 for a branch: the closed day is skipped and listed; a series is moved, then cancelled from a date on', async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  // Past the demo's bookings (30 days ahead), with the second week's day closed by staff.
  const date = await openWeekday(page, 35);
  const closed = addDays(date, 7);
  await call(page, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  await call(page, 'calendar.set', { date: closed, status: 'closed', reason: '区党建观摩' });
  await signInDirectly(page, 'admin', ADMIN_PIN, '/#/staff/areas/venues/book');
  await page.getByRole('button', { name: ROOM, exact: true }).tap();
  await chooseDay(page, zh('venues', 'request.date'), date);
  await page.getByRole('button', { name: '14:00–14:30', exact: true }).tap();
  await page.getByRole('button', { name: '14:30–15:00', exact: true }).tap();
  await page.getByRole('button', { name: zh('venues', 'request.next') }).tap();

  await pinyin(page, field(page, 'form.title'), 'dangshi', '党史');
  await page.getByRole('button', { name: zh('venues', 'purposes.theme_day') }).tap();
  await pinyin(page, field(page, 'form.branch'), 'keji', '科技');
  await pinyin(page, field(page, 'form.contactName'), 'wang', '王');
  await typeInto(field(page, 'form.contactPhone'), '13812345678');
  await typeInto(field(page, 'form.headcount'), '12');
  const weekday = new Intl.DateTimeFormat('zh-CN', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  await page.getByRole('button', { name: zh('venues', 'book.repeats.weekly', { weekday }) }).tap();
  await typeInto(field(page, 'book.count'), '3');
  await page.getByRole('heading', { level: 2, name: zh('venues', 'request.formStep') }).tap();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('book-form.png'), fullPage: true });
  await page.getByRole('button', { name: zh('venues', 'book.submit') }).tap();

  await expect(
    page.getByRole('heading', { name: zh('venues', 'book.doneTitle_other', { room: ROOM, count: 2 }) }),
  ).toBeVisible();
  const skipped = page.getByRole('region', { name: zh('venues', 'book.skippedTitle_other', { count: 1 }) });
  await expect(skipped).toContainText(fullDate('zh-CN', closed));
  await expect(skipped).toContainText(zh('venues', 'book.skip.closedBecause', { reason: '区党建观摩' }));
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('book-done.png'), fullPage: true });
  // The dates are booked, each with its own reference, and the closed day is free of them.
  const board = await call<{ title: string | null }[]>(page, 'bookings.board', { date: addDays(date, 14) });
  expect(board.map((b) => b.title)).toContain('党史');
  expect(await call<unknown[]>(page, 'bookings.board', { date: closed })).toEqual([]);

  // A series in the next two weeks: changing or cancelling a date asks which dates; "every date"
  // moves both, "this and the later ones" cancels both.
  const soon = await openWeekday(page, 1);
  const hall = (await call<{ id: number; name: string }[]>(page, 'venues.list', {})).find(
    (r) => r.name === '多功能厅',
  );
  if (!hall) throw new Error('no 多功能厅 in the demo centre');
  await call(page, 'bookings.create', {
    venueId: hall.id,
    start: `${soon}T18:00`,
    end: `${soon}T19:00`,
    title: '周会（系列测试）',
    purpose: 'study_group',
    organiser: { company: null, branch: '星湖精密机械有限公司党支部' },
    contactName: '赵磊',
    contactPhone: '13900001111',
    headcount: 8,
    recurrence: 'FREQ=WEEKLY;COUNT=2',
    requestId: `series-${soon}-${hall.id}`,
  });
  await page.goto('/#/staff/areas/venues/requests');
  const rows = page.locator('.venues-desk-row').filter({ hasText: '周会（系列测试）' });
  await expect(rows.first()).toContainText(zh('venues', 'desk.inSeries'));
  // The organiser's calendar file, to send on.
  const ics = page.waitForEvent('download');
  await rows
    .first()
    .getByRole('button', { name: zh('venues', 'desk.ics') })
    .tap();
  expect((await ics).suggestedFilename()).toMatch(/^预约-\d{8}\.ics$/);
  const seriesIcs = page.waitForEvent('download');
  await rows
    .first()
    .getByRole('button', { name: zh('venues', 'desk.icsSeries') })
    .tap();
  expect((await seriesIcs).suggestedFilename()).toMatch(/^系列预约-\d{8}\.ics$/);

  // Both dates move half an hour later: the series keeps its days, its own time is not in the way.
  await rows
    .first()
    .getByRole('button', { name: zh('venues', 'desk.edit'), exact: true })
    .tap();
  const edit = page.getByRole('form', { name: zh('venues', 'edit.title', { title: '周会（系列测试）' }) });
  await edit.getByRole('button', { name: zh('venues', 'edit.scopes.all') }).tap();
  await expect(
    edit.getByRole('button', { name: new RegExp(`^${zh('venues', 'request.date')} `) }),
  ).toHaveCount(0);
  await edit.getByRole('button', { name: '18:30–19:00', exact: true }).tap();
  await edit.getByRole('button', { name: '19:00–19:30', exact: true }).tap();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('edit.png'), fullPage: true });
  await edit.getByRole('button', { name: zh('venues', 'edit.save') }).tap();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('18:30');
  await expect(rows.nth(1)).toContainText('18:30');
  await rows
    .first()
    .getByRole('button', { name: zh('venues', 'desk.cancel'), exact: true })
    .tap();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: zh('venues', 'desk.scope.following') }).tap();
  await typeInto(dialog.getByRole('textbox', { name: zh('venues', 'desk.reason') }), 'moved');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: zh('venues', 'desk.cancel'), exact: true }).tap();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(0);
});

test('a visitor sees which rooms are free today hour by hour and this week day by day; a free day opens that room on it', async ({
  page,
  expectAccessible,
}) => {
  // Ten days on: the door test books 会议室 three days on, on this same host.
  const date = await openWeekday(page, 10);
  const rooms = await call<{ id: number; name: string }[]>(page, 'venues.list', {});
  const room = rooms.find((r) => r.name === '会议室');
  if (!room) throw new Error('no 会议室 in the demo centre');
  await call(page, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  await bookForBranch(page, 'bookings.create', {
    roomId: room.id,
    date,
    start: '12:00',
    end: '13:00',
    title: '空闲测试',
    requestId: `free-${date}-${room.id}`,
  });
  await page.clock.setFixedTime(new Date(`${date}T07:00:00+08:00`));
  await page.goto(HOME);
  await page.getByRole('link', { name: zh('venues', 'nav.free') }).tap();
  await expect(page.getByRole('heading', { level: 1, name: zh('venues', 'free.title') })).toBeVisible();
  const today = page.getByRole('row', { name: /^会议室/ });
  await expect(today.getByText('12:00')).toBeVisible();
  await expect(today.getByRole('link', { name: /12:00/ })).toHaveCount(0);
  await expect(today.getByRole('link', { name: /17:00/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('free-today.png') });

  await page.getByRole('button', { name: zh('venues', 'free.week') }).tap();
  const week = page.getByRole('row', { name: /^会议室/ });
  await expect(week.getByRole('link')).not.toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('free-week.png') });
  await week.getByRole('link').first().tap();
  await expect(page.getByRole('heading', { level: 1, name: '会议室' })).toBeVisible();
  await expect(
    page.getByRole('button', {
      name: new RegExp(`^${zh('venues', 'request.date')} .*${Number(date.slice(8))}日`),
    }),
  ).toBeVisible();
});
