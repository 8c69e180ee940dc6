import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { MediaInfo } from '../../../shared/media.types';
import { floorPlan, TOUR_PLAN_KIND, type FloorPlan } from '../../../shared/tour.api';
import { glb } from '../../platform/media/glb-testing';
import { picture } from '../../platform/media/media-testing';
import { ADMIN_CLIENT, openTestCore, testClock, type TestCore } from '../../testing';
import { DEMO_PLAN } from './demo/demo-plan';

const VISITOR = 'test:visitor';
const KIND = TOUR_PLAN_KIND;

describe('the centre’s floor plan', () => {
  it('the demo centre’s is published: two floors, its texts in three languages, every room and shelf link alive', async () => {
    const t = await openTestCore({ demo: true, clock: testClock('2026-03-02T02:00:00.000Z') });
    const view = await t.ok('tour.plan', {}, VISITOR);
    expect(view?.version).toBe(1);
    expect(view?.slowFrameMs).toBe(50);
    const plan = view?.plan;
    expect(plan?.floors.map((f) => f.name)).toEqual([
      { 'zh-CN': '一层', 'zh-TW': '一層', en: 'Ground floor' },
      { 'zh-CN': '二层', 'zh-TW': '二層', en: 'First floor' },
    ]);
    expect(plan?.tour.length).toBeGreaterThanOrEqual(8);
    const hotspots = plan?.floors.flatMap((f) => f.hotspots) ?? [];
    const targets = hotspots.flatMap((h) => (h.link && h.link.area !== 'exhibitions' ? [h.link] : []));
    const resolved = await t.ok('links.resolve', { targets }, VISITOR);
    expect(resolved.map((r) => r.title)).toEqual([
      '红色书吧阅读区',
      '党史学习角',
      '新民主主义革命时期',
      '社会主义革命和建设时期',
      '改革开放和社会主义现代化建设新时期',
      '中国特色社会主义新时代',
      '多功能厅',
      '党员活动室',
      '会议室',
      '创客空间',
    ]);
    // Every room hotspot carries its live state: Monday 10:00, the demo's rooms are open.
    for (const r of resolved.filter((x) => x.kind === 'room'))
      expect(r.state?.now).toMatch(/free|busy|closed/);
  });

  it('a curator’s draft shows visitors nothing until a reviewer approves it', async () => {
    const t = await openTestCore({ demo: true });
    await t.signIn();
    const curator = await t.staffMember('c1', ['curator']);
    const draft = await t.ok('tour.draft', {}, curator);
    expect(draft?.status.state).toBe('published');
    expect((await t.refused('tour.draft', {}, VISITOR)).code).toBe('unauthenticated');

    const renamed: FloorPlan = { ...DEMO_PLAN, name: '星湖党群服务中心' };
    expect((await t.ok('tour.saveDraft', { plan: renamed }, curator)).state).toBe('draft');
    expect((await t.ok('tour.plan', {}, VISITOR))?.plan.name['zh-CN']).toBe('星湖科技园党群服务中心');

    await t.ok('publishing.submit', { kind: KIND, contentId: 1 }, curator);
    await t.ok('review.approve', { kind: KIND, id: 1 });
    const live = await t.ok('tour.plan', {}, VISITOR);
    expect(live).toMatchObject({ version: 2, plan: { name: { 'zh-CN': '星湖党群服务中心', en: null } } });
  });

  it('previews unsaved work as visitors would read it, saving nothing; a visitor may not', async () => {
    const t = await openTestCore({ demo: true });
    await t.signIn();
    const curator = await t.staffMember('c1', ['curator']);
    const plan: FloorPlan = { ...DEMO_PLAN, name: '星湖党群服务中心' };
    const shown = await t.ok('tour.preview', { plan }, curator);
    expect(shown.name).toEqual({ 'zh-CN': '星湖党群服务中心', 'zh-TW': '星湖黨群服務中心', en: null });
    expect(shown.floors[0]?.rooms[0]?.name['zh-TW']).toBe('紅色書吧');
    expect((await t.ok('tour.draft', {}, curator))?.plan).toEqual(DEMO_PLAN);
    expect((await t.refused('tour.preview', { plan }, VISITOR)).code).toBe('unauthenticated');
    expect((await t.refused('tour.preview', { plan: { ...plan, size: [10, 10] } }, curator)).code).toBe(
      'invalid_input',
    );
  });

  it('refuses a plan that names what is not there, and changes nothing', async () => {
    const t = await openTestCore({ demo: true });
    await t.signIn();
    const broken: FloorPlan[] = [
      { ...DEMO_PLAN, tour: [{ ...DEMO_PLAN.tour[0]!, hotspot: 'nowhere' }] },
      { ...DEMO_PLAN, start: { ...DEMO_PLAN.start, floor: '9F' } },
      { ...DEMO_PLAN, floors: [DEMO_PLAN.floors[0]!, { ...DEMO_PLAN.floors[1]!, id: '1F' }] },
      { ...DEMO_PLAN, size: [10, 10] },
    ];
    for (const plan of broken)
      expect((await t.refused('tour.saveDraft', { plan })).code).toBe('invalid_input');
    const photo = structuredClone(DEMO_PLAN);
    photo.floors[0]!.hotspots[0]!.info!.photos = ['a'.repeat(64)];
    const refusal = await t.refused('tour.saveDraft', { plan: photo });
    expect(refusal).toMatchObject({ code: 'tour_photo_invalid', details: { mediaId: 'a'.repeat(64) } });
    expect((await t.ok('tour.draft', {}))?.plan).toEqual(DEMO_PLAN);
  });

  it('a plan may place the centre’s 3D model; only a stored model will do, and it is in use while a version holds it', async () => {
    const t = await openTestCore({ demo: true });
    await t.signIn();
    const store = async (bytes: Buffer): Promise<MediaInfo> => {
      const r = await t.core.importMedia(Readable.from([bytes]), {}, ADMIN_CLIENT);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value;
    };
    const model = await store(glb({ box: [40, 7.2, 24] }));
    const photo = await store(await picture('png', 8, 8));
    const withModel = (media: string): FloorPlan => ({
      ...DEMO_PLAN,
      model: { media, scale: 1, offset: [0, 0], turn: 0 },
    });

    for (const media of [photo.id, 'e'.repeat(64)])
      expect(await t.refused('tour.saveDraft', { plan: withModel(media) })).toMatchObject({
        code: 'tour_model_invalid',
        details: { mediaId: media },
      });
    expect((await t.refused('tour.saveDraft', { plan: withModel('not-an-id') })).code).toBe('invalid_input');
    expect((await t.ok('tour.draft', {}))?.plan.model).toBeUndefined();

    expect((await t.ok('tour.saveDraft', { plan: withModel(model.id) })).state).toBe('draft');
    expect((await t.ok('tour.draft', {}))?.plan.model).toEqual({
      media: model.id,
      scale: 1,
      offset: [0, 0],
      turn: 0,
    });
    expect((await t.ok('media.get', { id: model.id })).usedBy).toEqual([
      { area: 'tour', kind: 'model', label: '星湖科技园党群服务中心' },
    ]);
    expect((await t.refused('media.delete', { id: model.id })).code).toBe('media_in_use');

    await publish(t);
    expect((await t.ok('tour.plan', {}, VISITOR))?.plan.model?.media).toBe(model.id);
    expect((await t.ok('media.get', { id: model.id })).usedBy).toHaveLength(1);
    // The draft without it: the published version still holds it.
    await t.ok('tour.saveDraft', { plan: DEMO_PLAN });
    expect((await t.refused('media.delete', { id: model.id })).code).toBe('media_in_use');
  });

  it('the demo plan is a valid plan as written', () => {
    expect(floorPlan.parse(DEMO_PLAN)).toEqual(DEMO_PLAN);
  });
});

/** Submits the draft and approves it as another reviewer. */
async function publish(t: TestCore): Promise<void> {
  const curator = await t.staffMember('c-model', ['curator']);
  await t.ok('publishing.submit', { kind: KIND, contentId: 1 }, curator);
  await t.ok('review.approve', { kind: KIND, id: 1 });
}
