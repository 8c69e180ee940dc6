import { describe, expect, it } from 'vitest';
import { openTestCore } from '../../../testing';

describe("the demo centre's exhibitions", () => {
  it('are drawn, imported with variants and published by the system on a fresh data folder', async () => {
    const t = await openTestCore({ demo: true, demoMedia: true });
    await t.signIn();
    const list = await t.ok('exhibitions.list', {}, 'visitor');
    expect(list.map((x) => x.exhibitCount)).toEqual([43, 13]);
    expect(list[0]?.title['zh-CN']).toContain('星湖');
    for (const card of list)
      expect(card.cover?.variants).toEqual(expect.arrayContaining(['thumb', 'screen']));

    const park = await t.ok('exhibitions.get', { id: list[0]?.id ?? 0 }, 'visitor');
    const exhibits = park.sections.flatMap((s) => s.exhibits);
    const video = exhibits.find((x) => x.type === 'video');
    expect(video?.media[0]?.media).toMatchObject({ kind: 'video', type: 'video/webm' });
    expect(video?.subtitles?.['zh-TW'][0]?.text).toBe('我叫周秀蘭，1994年進的園區。');
    expect(video?.subtitles?.en?.length).toBe(video?.subtitles?.['zh-CN'].length);
    for (const x of exhibits) expect(x.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

    const party = await t.ok('exhibitions.get', { id: list[1]?.id ?? 0 }, 'visitor');
    expect(party.sections.map((s) => s.period)).toEqual(['revolution', 'construction', 'reform', 'newEra']);

    // The curators' picks for the welcome screen, one of each exhibition, with a screen-size picture.
    const picks = await t.ok('exhibitions.highlights', {}, 'visitor');
    expect(picks.map((h) => h.title['zh-CN'])).toEqual(['园区大门落成', '中国共产党第一次全国代表大会']);
    for (const h of picks) expect(h.picture?.variants).toContain('screen');

    const timeline = await t.ok('exhibitions.timeline', {}, 'visitor');
    expect(timeline.length).toBeGreaterThan(40);
    expect(timeline.map((i) => i.date.from)).toEqual([...timeline.map((i) => i.date.from)].sort());
    expect((await t.ok('exhibitions.search', { q: 'dianjichang' }, 'visitor')).total).toBeGreaterThan(0);

    const history = await t.ok('publishing.history', {
      kind: 'exhibitions.exhibition',
      contentId: list[0]?.id ?? 0,
    });
    expect(history[0]).toMatchObject({ version: 1, approvedBy: null, live: true });
    expect((await t.ok('settings.get', {}))['exhibitions.showIds']).toEqual(list.map((x) => x.id));
    expect((await t.refused('media.delete', { id: list[0]?.cover?.id })).code).toBe('media_in_use');
  }, 180_000);
});
