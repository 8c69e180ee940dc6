import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { In } from '../../../shared';
import { EXHIBITION_KIND, HIGHLIGHTS_MAX } from '../../../shared/exhibitions.types';
import { exhibit, openExhibitions, parkHistory, zh, type ExhibitionsKit } from './exhibitions-test-kit';

// The welcome screen's picks: a mark on an exhibit in the curator's draft, seen by visitors only
// once a reviewer approves the version that carries it (and gone once one without it is approved).

let t: ExhibitionsKit;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-exh-hl-'));
  t = await openExhibitions(dir);
}, 60_000);
afterAll(() => {
  t.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

const shown = async (exhibitionId: number) =>
  (await t.ok('exhibitions.highlights', {}, t.visitor))
    .filter((h) => h.exhibitionId === exhibitionId)
    .map((h) => h.title['zh-CN']);

/** The park's exhibition with its photo and its video marked for the welcome screen. */
function marked(title: string): In<'exhibitions.save'> {
  const base = parkHistory(t);
  return {
    ...base,
    title: zh(title),
    sections: base.sections.map((s) => ({
      ...s,
      exhibits: s.exhibits.map((x) => ({ ...x, highlight: x.type === 'photo' || x.type === 'video' })),
    })),
  };
}

describe('exhibitions.highlights', () => {
  it('shows a mark only once it is approved, from the live version, with its texts and picture', async () => {
    const id = await t.save(marked('首页展'));
    const draft = await t.ok('exhibitions.draft', { id }, t.curator);
    expect(draft.sections[0]?.exhibits.map((x) => x.highlight)).toEqual([true, true, false]);
    expect(await shown(id)).toEqual([]);

    await t.ok('review.submit', { kind: EXHIBITION_KIND, id }, t.curator);
    expect(await shown(id)).toEqual([]);
    // The reviewer sees which exhibits would go on the welcome screen.
    const queue = await t.ok('review.queue', {}, t.reviewer);
    const versionId = queue.rows.find((r) => r.contentId === id && r.kind === EXHIBITION_KIND)?.versionId;
    const detail = await t.ok('publishing.review', { versionId: versionId ?? 0 }, t.reviewer);
    expect(detail.proposed.find((f) => f.field === 'highlights')?.items?.map((i) => i.text)).toEqual([
      '第一栋厂房落成',
      '老职工口述：建园那年',
    ]);
    await t.ok('review.approve', { kind: EXHIBITION_KIND, id }, t.reviewer);

    const mine = (await t.ok('exhibitions.highlights', {}, t.visitor)).filter((h) => h.exhibitionId === id);
    expect(mine.map((h) => h.title['zh-CN'])).toEqual(['第一栋厂房落成', '老职工口述：建园那年']);
    const [photo, video] = mine;
    expect(photo).toMatchObject({
      exhibitionId: id,
      type: 'photo',
      title: { 'zh-CN': '第一栋厂房落成', 'zh-TW': '第一棟廠房落成', en: null },
      caption: { 'zh-CN': '第一栋标准厂房', 'zh-TW': '第一棟標準廠房（園區自譯）', en: 'The first factory' },
      exhibitionTitle: { 'zh-CN': '首页展', 'zh-TW': '首頁展', en: null },
    });
    expect(photo?.picture?.id).toBe(t.photos[0]?.id);
    const exhibits = (await t.ok('exhibitions.get', { id }, t.visitor)).sections[0]?.exhibits ?? [];
    expect(photo?.exhibitUid).toBe(exhibits[0]?.uid);
    // A video shows its poster when the store made one; a file without a still is no picture.
    expect(video?.picture?.id ?? null).toBe(t.video.variants.includes('poster') ? t.video.id : null);
  });

  it('a mark taken off stays until that version is approved; an archived exhibition shows none', async () => {
    const id = await t.save(marked('撤下展'));
    await t.publish(id);
    expect(await shown(id)).toEqual(['第一栋厂房落成', '老职工口述：建园那年']);

    const draft = await t.ok('exhibitions.draft', { id }, t.curator);
    const [first] = draft.sections;
    if (!first) throw new Error('no section');
    await t.save({
      ...draft,
      sections: [
        { ...first, exhibits: first.exhibits.map((x) => ({ ...x, highlight: x.type === 'video' })) },
      ],
    });
    expect(await shown(id)).toEqual(['第一栋厂房落成', '老职工口述：建园那年']);
    await t.publish(id);
    expect(await shown(id)).toEqual(['老职工口述：建园那年']);

    await t.ok('publishing.archive', { kind: EXHIBITION_KIND, contentId: id }, t.curator);
    expect(await shown(id)).toEqual([]);
    await t.ok('publishing.unarchive', { kind: EXHIBITION_KIND, contentId: id }, t.curator);
    expect(await shown(id)).toEqual(['老职工口述：建园那年']);
  });

  it('an exhibition published without marks is unchanged when saved again as the editor reads it', async () => {
    const id = await t.save({ ...parkHistory(t), title: zh('无标记展') });
    await t.publish(id);
    const draft = await t.ok('exhibitions.draft', { id }, t.curator);
    expect(draft.sections[0]?.exhibits.every((x) => x.highlight === false)).toBe(true);
    await t.save(draft);
    const status = await t.ok('publishing.status', { kind: EXHIBITION_KIND, contentId: id }, t.curator);
    expect(status.state).toBe('published');
    expect(await shown(id)).toEqual([]);
  });

  it(`answers the first ${HIGHLIGHTS_MAX} in the curator's order`, async () => {
    const before = (await t.ok('exhibitions.highlights', {}, t.visitor)).length;
    const many = Array.from({ length: HIGHLIGHTS_MAX + 3 }, (_, n) =>
      exhibit({ type: 'text', title: zh(`大事记${n + 1}`), body: zh('一件事。'), highlight: true }),
    );
    const id = await t.save({
      ...parkHistory(t),
      title: zh('大事记展'),
      sections: [{ title: zh('大事记'), intro: null, period: null, exhibits: many }],
    });
    await t.publish(id);
    const all = await t.ok('exhibitions.highlights', {}, t.visitor);
    expect(all).toHaveLength(HIGHLIGHTS_MAX);
    expect(all.filter((h) => h.exhibitionId === id).map((h) => h.title['zh-CN'])).toEqual(
      many.slice(0, HIGHLIGHTS_MAX - before).map((x) => x.title['zh-CN']),
    );
    expect(all.find((h) => h.exhibitionId === id)?.picture).toBeNull();
  });
});
