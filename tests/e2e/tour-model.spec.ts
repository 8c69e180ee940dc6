import { request, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import sharp from 'sharp';
import { glb } from '../../electron/core/platform/media/glb-testing';
import { MODEL_LIMITS } from '../../electron/shared/media.types';
import type { FloorPlan } from '../../electron/shared/tour.types';
import { call, post } from './api';
import { ADMIN_PIN, expect, SOFTWARE_COMPOSITED, testWithOwnHost } from './fixtures';
import { zh } from './shell-texts';

// 3D 导览 on the centre's own model (a GLB in the media store) instead of the walls the plan draws,
// in Chromium drawing WebGL with SwiftShader and compositing in software, as tour.spec.ts does. A
// host of its own: the published plan changes.
const test = testWithOwnHost();
test.use(SOFTWARE_COMPOSITED);

const TOUR = '/#/areas/tour';
const stage = (page: Page) => page.locator('.tour-stage');

type Upload = {
  status: number;
  body: { ok: boolean; value?: { id: string; kind: string }; error?: Refusal };
};
type Refusal = { code: string; message: string; details?: Record<string, unknown> };

async function upload(api: APIRequestContext, bytes: Buffer, name: string): Promise<Upload> {
  const res = await api.post('/api/media', {
    headers: { 'X-Kiosk': '1', 'Content-Type': 'model/gltf-binary', 'X-File-Name': encodeURIComponent(name) },
    data: bytes,
    maxRetries: 1,
  });
  return { status: res.status(), body: (await res.json()) as Upload['body'] };
}

/** How much the canvas's pixels vary: a drawn scene varies, a blank or failed canvas does not. */
async function canvasVariety(canvas: Locator): Promise<number> {
  const { channels } = await sharp(await canvas.screenshot()).stats();
  return Math.max(...channels.map((c) => c.stdev));
}

/**
 * The building as one model: a shell two storeys high the size of the demo centre, the slab between
 * them, and a row of pillars, so the view has faces that light differently.
 */
async function centreModel(): Promise<Buffer> {
  // A tile pattern inside the file: GLTFLoader reads it through a blob: URL the CSP must let in.
  const tile = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#e8d9c0"/><rect width="32" height="32" fill="#b8322a"/><rect x="32" y="32" width="32" height="32" fill="#b8322a"/></svg>',
    ),
  )
    .png()
    .toBuffer();
  return glb({
    box: [40, 7.2, 24],
    texture: tile,
    edit: (g) => {
      const nodes = g.nodes as Record<string, unknown>[];
      const meshes = g.meshes as { primitives: Record<string, unknown>[] }[];
      meshes.push({ primitives: [{ ...meshes[0]!.primitives[0]!, material: 1 }] });
      (g.materials as unknown[]).push({
        pbrMetallicRoughness: { baseColorFactor: [0.2, 0.35, 0.6, 1], metallicFactor: 0 },
      });
      // The first floor's slab (its underside the ground floor's ceiling), pillars along the north wall.
      nodes.push({ mesh: 0, translation: [0, 3.45, 0], scale: [1, 0.02, 1] });
      for (let i = 0; i < 8; i++)
        nodes.push({ mesh: 1, translation: [3 + i * 4.5, 0, 0.2], scale: [0.015, 1, 0.015] });
      (g.scenes as { nodes: number[] }[])[0]!.nodes = nodes.map((_, i) => i);
    },
  });
}

test('a centre’s own GLB model is checked at upload, placed by the plan, and walked through with the same hotspots', async ({
  page,
  baseURL,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  const admin = await request.newContext({ baseURL });
  await call(admin, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  // This test is about the model, not the machine's speed (tour-slow.spec.ts is): the most an admin
  // may allow, since frames of 150–800 ms were measured here with the other worker drawing too.
  await call(admin, 'settings.update', { 'tour.slowFrameMs': 1000 });
  await call(admin, 'staff.create', {
    staffNo: 'cur-model',
    name: '策展员',
    roles: ['curator'],
    pin: '1357',
  });
  const curator = await request.newContext({ baseURL });
  await call(curator, 'auth.signIn', { staffNo: 'cur-model', pin: '1357' });

  // A model that refers to a file beside it is refused, saying which file and what to do.
  const external = await upload(curator, glb({ bufferUri: 'centre.bin' }), 'centre.glb');
  expect(external.status).toBe(422);
  expect(external.body.error).toMatchObject({ code: 'media_model_external', details: { uri: 'centre.bin' } });
  expect(external.body.error?.message).toContain('centre.bin');
  expect(zh('errors', 'details.modelExternal', { uri: 'centre.bin' })).toContain('GLB');
  const tooMany = await upload(curator, glb({ triangles: 1000, nodes: 501 }), 'dense.glb');
  expect(tooMany.status).toBe(413);
  expect(tooMany.body.error).toMatchObject({
    code: 'media_model_triangles',
    details: { triangles: 501_000, limit: MODEL_LIMITS.triangles },
  });

  const stored = await upload(curator, await centreModel(), 'centre.glb');
  expect(stored.body.value?.kind).toBe('model');
  const model = stored.body.value?.id ?? '';

  // The demo plan with the model over it, published through review by another staff member.
  const draft = await call<{ plan: FloorPlan }>(curator, 'tour.draft');
  await call(curator, 'tour.saveDraft', { plan: { ...draft.plan, model: { media: model } } });
  await call(curator, 'publishing.submit', { kind: 'tour.plan', contentId: 1 });
  await call(admin, 'review.approve', { kind: 'tour.plan', id: 1 });
  expect((await call<{ usedBy: unknown[] }>(admin, 'media.get', { id: model })).usedBy).toEqual([
    { area: 'tour', kind: 'model', label: '星湖科技园党群服务中心' },
  ]);
  await admin.dispose();
  await curator.dispose();

  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|THREE\./.test(m.text())) refused.push(m.text());
  });
  /** The tour opened and measured: what the GPU holds (geometries/textures). */
  const visit = async () => {
    await page.goto(TOUR);
    await expect(stage(page)).toHaveAttribute('data-model', 'loaded', { timeout: 30_000 });
    await expect(stage(page)).toHaveAttribute('data-self-test', 'done', { timeout: 30_000 });
    return `${await stage(page).getAttribute('data-geometries')}/${await stage(page).getAttribute('data-textures')}`;
  };
  const gpu = await visit();
  // The shell, the slab and the pillars share two geometries; the tile is a texture (three.js
  // adds its own for lit materials). A texture GLTFLoader could not read would be a warning.
  expect(gpu).toMatch(/^2\/[1-9]$/);
  expect(refused).toEqual([]);
  await expect(page.locator('.tour-model-loading')).toHaveCount(0);
  await expectAccessible(page);
  const canvas = page.locator('.tour-canvas canvas');
  expect(await canvasVariety(canvas)).toBeGreaterThan(8);
  await page.screenshot({ path: test.info().outputPath('model.png') });
  // The same places, listed and pinned over the model.
  const list = page.locator('.tour-list');
  await expect(list.getByRole('button', { name: /^红色书吧阅读区/ })).toBeVisible();
  await expect(page.locator('.tour-pins .tour-pin-anchor:not([hidden])').first()).toBeAttached();
  await list.getByRole('button', { name: /^党史学习角/ }).tap();
  const panel = page.getByRole('dialog', { name: '党史学习角' });
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: zh('tour', 'panel.close') }).tap();
  await expect(page.locator('.tour-pins').getByRole('button', { name: /^党史学习角/ })).toBeVisible();

  // Upstairs: the model is lowered a storey and cut at that floor's ceiling; its places are pinned.
  await page
    .getByRole('group', { name: zh('tour', 'floors.label') })
    .getByRole('button', { name: '二层' })
    .tap();
  await expect(
    page.locator('.tour-pins .tour-pin-anchor[data-floor="2F"]:not([hidden])').first(),
  ).toBeAttached();
  await expect(page.locator('.tour-pins .tour-pin-anchor[data-floor="1F"]:not([hidden])')).toHaveCount(0);
  expect(await canvasVariety(canvas)).toBeGreaterThan(8);
  await page.screenshot({ path: test.info().outputPath('model-2F.png') });

  // Leaving frees the model: a visit after it holds the same on the GPU.
  await page.goto('/#/');
  await expect(page.locator('.tour')).toHaveCount(0);
  expect(await visit()).toBe(gpu);

  // A model the kiosk cannot load: the plan, with a note saying why.
  await page.route(`**/media/${model}`, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/#/');
  await page.goto(TOUR);
  await expect(page.getByRole('status').filter({ hasText: zh('tour', 'fallback.model') })).toBeVisible();
  await expect(stage(page)).toHaveAttribute('data-model', 'failed');
  await expect(page.locator('.tour-plan')).toBeVisible();
  await expect(list.getByRole('button', { name: /^红色书吧阅读区/ })).toBeVisible();
  expect((await post(page, 'tour.plan', {})).ok()).toBe(true);
});
