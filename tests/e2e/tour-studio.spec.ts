import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { glb } from '../../electron/core/platform/media/glb-testing';
import { call } from './api';
import { ADMIN_PIN, expect, testWithOwnHost } from './fixtures';
import { signInDirectly, typeInto } from './shell-touch';
import { zh } from './shell-texts';

// 导览编辑: a curator draws on the centre's floor plan by touch, saves, previews and submits it;
// once a reviewer approves, visitors walk the new floor. A host of its own: the tests change the plan.
const test = testWithOwnHost();

const EDITOR = '/#/staff/areas/tour/editor';
const s = (key: string, vars?: Record<string, string | number>) => zh('tour-studio', key, vars);
const drawing = (page: Page) => page.locator('.tour-studio-canvas svg');

/** Taps the drawing at a point of the plan, in metres (the drawing's viewBox starts at −0.5 m). */
async function tapAt(page: Page, [x, y]: [number, number], size: [number, number]) {
  const box = await drawing(page).boundingBox();
  if (!box) throw new Error('no drawing');
  await page.touchscreen.tap(
    box.x + ((x + 0.5) / (size[0] + 1)) * box.width,
    box.y + ((y + 0.5) / (size[1] + 1)) * box.height,
  );
}

const tool = (page: Page, name: string) =>
  page.getByRole('group', { name: s('tools.label') }).getByRole('button', { name, exact: true });
const inspector = (page: Page) => page.locator('.tour-studio-side');

test('a curator draws a room on a new floor by touch, keeps it across a restart, links a hotspot, saves, previews and submits; approved, visitors walk it', async ({
  page,
  expectAccessible,
}) => {
  const demo = [40, 24] as [number, number];
  await signInDirectly(page, 'admin', ADMIN_PIN, EDITOR);
  await expect(page.getByRole('heading', { level: 1, name: s('heading') })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: s('floors.add') }).tap();
  const floors = page.getByRole('group', { name: s('floors.label') });
  await expect(floors.getByRole('button', { name: s('floors.newName', { n: 3 }) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await tool(page, s('tools.room')).tap();
  for (const corner of [
    [2, 2],
    [12, 2],
    [12, 10],
    [2, 10],
    [2, 2],
  ] as [number, number][])
    await tapAt(page, corner, demo);
  await expect(inspector(page).getByRole('heading', { name: s('selected.room', { n: 1 }) })).toBeVisible();
  const name = inspector(page).getByLabel(s('text.zh'), { exact: true });
  await expect(name).toHaveValue(s('room.newName', { n: 1 }));
  await typeInto(name, 'salon');

  // The renderer restarts before the save: the work is still there, and says it is not saved.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: s('save.unsaved') })).toBeVisible();
  await expect(floors.getByRole('button', { name: s('floors.newName', { n: 3 }) })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.locator('.tour-studio-contents summary').tap();
  await expect(page.locator('.tour-studio-contents')).toContainText('salon');

  await tool(page, s('tools.hotspot')).tap();
  await tapAt(page, [7, 6], demo);
  await expect(inspector(page).getByRole('heading', { name: s('selected.hotspot', { n: 1 }) })).toBeVisible();
  await inspector(page)
    .getByRole('group', { name: s('hotspot.kind') })
    .getByRole('button', { name: s('hotspot.kinds.room') })
    .tap();
  await inspector(page).getByRole('button', { name: '会议室', exact: true }).tap();
  await expect(inspector(page).getByRole('button', { name: '会议室', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: s('save.button') }).tap();
  await expect(page.getByRole('status').filter({ hasText: s('save.done') })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: s('save.unsaved') })).toHaveCount(0);

  // The preview: the draft as visitors will see it, the new floor among the floors.
  await page.getByRole('button', { name: s('preview.open') }).tap();
  await expect(page.locator('.tour-studio-preview .tour-layout')).toBeVisible();
  await expect(
    page.getByRole('group', { name: zh('tour', 'floors.label') }).getByRole('button', { name: '3 层' }),
  ).toBeVisible();
  await page.getByRole('button', { name: s('preview.back') }).tap();

  await page.getByRole('button', { name: s('submit.button') }).tap();
  await expect(page.getByRole('status').filter({ hasText: s('submit.done') })).toBeVisible();
  await call(page, 'staff.create', { staffNo: 'rev-tour', name: '审核员', roles: ['reviewer'], pin: '1357' });
  const reviewer = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  await call(reviewer.request, 'auth.signIn', { staffNo: 'rev-tour', pin: '1357' });
  await call(reviewer.request, 'review.approve', { kind: 'tour.plan', id: 1 });
  await reviewer.close();

  const view = await call<{ plan: { floors: { name: Record<string, string>; rooms: unknown[] }[] } }>(
    page,
    'tour.plan',
  );
  const third = view.plan.floors[2];
  expect(third?.name['zh-CN']).toBe('3 层');
  expect(third?.rooms).toHaveLength(1);

  await page.goto('/#/areas/tour');
  await page
    .getByRole('group', { name: zh('tour', 'floors.label') })
    .getByRole('button', { name: '3 层' })
    .tap();
  await expect(page.locator('.tour-list')).toContainText('会议室');
});

test('an unfinished hotspot is found before saving, shown where it is, and nothing is saved', async ({
  page,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, EDITOR);
  const before = await call(page, 'tour.draft');
  const contents = page.locator('.tour-studio-contents summary');
  await expect(contents).toHaveText(s('contents.heading', { count: 44 }));
  const count = (await contents.textContent()) ?? '';
  await tool(page, s('tools.hotspot')).tap();
  await tapAt(page, [30, 20], [40, 24]);
  await tool(page, s('tools.select')).tap();
  await page.getByRole('button', { name: s('save.button') }).tap();
  await expect(page.getByRole('alert')).toHaveText(s('problems.hotspot'));
  await expect(inspector(page).getByRole('heading', { name: /^热点 \d+$/ })).toBeVisible();
  expect(await call(page, 'tour.draft')).toEqual(before);

  await expect(contents).not.toHaveText(count);

  // Undo takes the hotspot away again, back to the plan as saved: nothing is left to save.
  await page.getByRole('button', { name: s('undo') }).tap();
  await expect(contents).toHaveText(count);
  await expect(page.getByRole('status').filter({ hasText: s('save.unsaved') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: s('save.button') })).toBeDisabled();
});

test('an information point gets its name, its text and a photo, and is saved', async ({ page }) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, EDITOR);
  await tool(page, s('tools.hotspot')).tap();
  await tapAt(page, [30, 20], [40, 24]);
  await inspector(page)
    .getByRole('group', { name: s('hotspot.kind') })
    .getByRole('button', { name: s('hotspot.kinds.info') })
    .tap();
  const [label, text] = [s('hotspot.label'), s('hotspot.text')].map((legend) =>
    inspector(page).getByRole('group', { name: legend }).getByLabel(s('text.zh'), { exact: true }),
  );
  await typeInto(label!, 'wifi');
  await typeInto(text!, 'hongyi guest');
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c1272d' } })
    .jpeg()
    .toBuffer();
  await inspector(page)
    .locator('.photos-field input[type="file"]')
    .setInputFiles({ name: 'wifi.jpg', mimeType: 'image/jpeg', buffer: jpeg });
  await expect(
    inspector(page).getByRole('img', { name: zh('common', 'photos.photo', { n: 1 }) }),
  ).toBeVisible();

  await page.getByRole('button', { name: s('save.button') }).tap();
  await expect(page.getByRole('status').filter({ hasText: s('save.done') })).toBeVisible();
  const draft = await call<{
    plan: { floors: { hotspots: { label?: string; info?: { photos?: string[] } }[] }[] };
  }>(page, 'tour.draft');
  const saved = draft.plan.floors[0]?.hotspots.find((h) => h.label === 'wifi');
  expect(saved?.info).toMatchObject({
    text: 'hongyi guest',
    photos: [expect.stringMatching(/^[0-9a-f]{64}$/)],
  });
});

test('a centre’s own model is uploaded and placed in the editor; one that refers to an outside file is refused with a reason', async ({
  page,
}) => {
  await signInDirectly(page, 'admin', ADMIN_PIN, EDITOR);
  const model = inspector(page).getByRole('group', { name: s('model.legend') });
  await expect(model).toContainText(s('model.none'));
  const input = model.locator('input[type="file"]');

  await input.setInputFiles({
    name: 'centre.glb',
    mimeType: 'model/gltf-binary',
    buffer: glb({ bufferUri: 'c.bin' }),
  });
  await expect(model.locator('.form-error')).toHaveText(
    zh('errors', 'details.modelExternal', { uri: 'c.bin' }),
  );
  await expect(model).toContainText(s('model.none'));

  await input.setInputFiles({ name: 'centre.glb', mimeType: 'model/gltf-binary', buffer: glb() });
  await expect(model).toContainText(s('model.placed'));
  await model.getByLabel(s('model.scale')).selectOption({ label: s('model.scales.0_01') });
  await model.getByRole('button', { name: s('stepper.more', { label: s('model.x'), step: 0.5 }) }).tap();
  await page.getByRole('button', { name: s('save.button') }).tap();
  await expect(page.getByRole('status').filter({ hasText: s('save.done') })).toBeVisible();
  const draft = await call<{ plan: { model?: unknown } }>(page, 'tour.draft');
  expect(draft.plan.model).toEqual({
    media: expect.stringMatching(/^[0-9a-f]{64}$/),
    scale: 0.01,
    offset: [0.5, 0],
  });
});
