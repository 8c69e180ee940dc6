import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../shared/dates';
import { openDatabase } from '../../db/database';
import { TEST_ROOM } from '../venues/venues-test-kit';
import { venuesRepo } from '../venues/venues.repo';
import { exhibit, openExhibitions, parkHistory, zh, type ExhibitionsKit } from './exhibitions-test-kit';

let t: ExhibitionsKit;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-exh-'));
  t = await openExhibitions(dir);
}, 60_000);
afterAll(() => {
  t.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('search', () => {
  it('finds exhibits by Han, pinyin, initials, 繁體 and English, only published ones', async () => {
    const id = await t.save({
      ...parkHistory(t),
      title: zh('搜索展'),
      sections: [
        {
          title: zh('章'),
          intro: null,
          period: 'newEra',
          exhibits: [
            exhibit({
              type: 'text',
              title: zh('孵化器开园典礼'),
              people: zh('张建国'),
              tags: ['创业'],
              date: '2001-09-18',
            }),
            exhibit({
              type: 'text',
              title: { 'zh-CN': '人才公寓', 'zh-TW': '人才宿舍', en: 'Talent apartments' },
              date: '2012',
            }),
            exhibit({ type: 'text', title: zh('旧址改造'), caption: zh('老水塔旁的仓库改成了展厅') }),
            exhibit({ type: 'text', title: zh('水塔修复'), date: '2015' }),
          ],
        },
      ],
    });
    const found = async (q: string) =>
      (await t.ok('exhibitions.search', { q }, t.visitor)).rows
        .filter((h) => h.exhibitionId === id)
        .map((h) => h.exhibit.title['zh-CN']);
    expect(await found('孵化器')).toEqual([]);
    await t.publish(id);
    for (const q of [
      '孵化器',
      '孵',
      '開園',
      '开园典礼',
      'fuhuaqi',
      'fu hua',
      'kaiyuan',
      'fhq',
      'FHQ',
      '张建国',
      'zjg',
      '创业',
      'chuangye',
      '2001',
    ]) {
      expect(await found(q), q).toEqual(['孵化器开园典礼']);
    }
    expect(await found('宿舍')).toEqual(['人才公寓']);
    expect(await found('talent')).toEqual(['人才公寓']);
    expect(await found('rcgy')).toEqual(['人才公寓']);
    expect(await found('不存在的词')).toEqual([]);
    // Found by the title first, then by the other texts; each in the exhibition's order.
    expect(await found('水塔')).toEqual(['水塔修复', '旧址改造']);
    expect(await found('shuita')).toEqual(['水塔修复', '旧址改造']);
    expect((await t.ok('exhibitions.search', { q: '  ' }, t.visitor)).total).toBe(0);
    const hit = (await t.ok('exhibitions.search', { q: '孵化器' }, t.visitor)).rows[0];
    expect(hit?.exhibitionTitle['zh-TW']).toBe('搜索展');
    expect((await t.refused('exhibitions.search', { q: '字'.repeat(201) }, t.visitor)).code).toBe(
      'invalid_input',
    );
  });
});

describe('media, counters and links', () => {
  it('keeps a file while a draft or a published version uses it', async () => {
    const photo = t.photos[2]?.id ?? '';
    const one = (mediaId: string) => [
      {
        title: zh('章'),
        intro: null,
        period: null,
        exhibits: [exhibit({ type: 'photo', title: zh('水塔旧照'), media: [{ mediaId, caption: null }] })],
      },
    ];
    const id = await t.save({
      ...parkHistory(t),
      title: zh('素材展'),
      coverMediaId: null,
      sections: one(photo),
    });
    const inUse = await t.refused('media.delete', { id: photo });
    expect(inUse.code).toBe('media_in_use');
    expect((await t.ok('media.get', { id: photo })).usedBy).toEqual([
      { area: 'exhibitions', kind: 'exhibit', label: '水塔旧照' },
    ]);
    await t.publish(id);
    // The draft moves to another file: the published version still shows this one.
    await t.save({
      ...parkHistory(t),
      id,
      title: zh('素材展'),
      coverMediaId: null,
      sections: one(t.photos[1]?.id ?? ''),
    });
    expect((await t.refused('media.delete', { id: photo })).code).toBe('media_in_use');
  });

  it('counts visits of published exhibitions and plays of published videos, nothing else', async () => {
    const counter = async (key: string) =>
      (await t.ok('kiosk.counters', {}, t.visitor)).find((c) => c.key === key)?.value;
    const draftOnly = await t.save({ ...parkHistory(t), title: zh('未发布展') });
    expect((await t.refused('exhibitions.visited', { id: draftOnly }, t.visitor)).code).toBe(
      'exhibition_not_found',
    );
    const id = await t.save({ ...parkHistory(t), title: zh('计数展') });
    await t.publish(id);
    const before = (await counter('exhibitions.visits')) ?? 0;
    const plays = (await counter('exhibitions.plays')) ?? 0;
    await t.ok('exhibitions.visited', { id }, t.visitor);
    await t.ok('exhibitions.visited', { id }, t.visitor);
    expect(await counter('exhibitions.visits')).toBe(before + 2);
    const [photo, video] = (await t.ok('exhibitions.get', { id }, t.visitor)).sections[0]?.exhibits ?? [];
    await t.ok('exhibitions.played', { uid: video?.uid ?? '' }, t.visitor);
    expect(await counter('exhibitions.plays')).toBe(plays + 1);
    expect((await t.refused('exhibitions.played', { uid: photo?.uid ?? '' }, t.visitor)).code).toBe(
      'exhibit_not_found',
    );
    const unpublished = (await t.ok('exhibitions.draft', { id: draftOnly }, t.curator)).sections[0]
      ?.exhibits[1]?.uid;
    expect((await t.refused('exhibitions.played', { uid: unpublished }, t.visitor)).code).toBe(
      'exhibit_not_found',
    );

    const day = localDate(t.clock.now());
    const stats = await t.ok('exhibitions.stats', { from: day, to: day }, t.curator);
    expect(stats.exhibitions.find((e) => e.id === id)).toEqual({
      id,
      title: { 'zh-CN': '计数展', 'zh-TW': '計數展', en: null },
      visits: 2,
    });
    expect(stats.recordings.find((r) => r.uid === video?.uid)).toMatchObject({
      exhibitionId: id,
      exhibitionTitle: { 'zh-CN': '计数展' },
      title: video?.title,
      plays: 1,
    });
    expect(stats.totals).toEqual({ visits: before + 2, plays: plays + 1 });
    expect(stats.days).toEqual([{ day, visits: before + 2, plays: plays + 1 }]);
    const empty = await t.ok('exhibitions.stats', { from: '2020-01-01', to: '2020-12-31' }, t.curator);
    expect(empty.totals).toEqual({ visits: 0, plays: 0 });
    const backwards = await t.refused('exhibitions.stats', { from: day, to: '2020-01-01' }, t.curator);
    expect(backwards.code).toBe('invalid_input');
    expect((await t.refused('exhibitions.stats', { from: day, to: day }, t.visitor)).code).toBe(
      'unauthenticated',
    );
  });

  it("counts on the centre's own day, not on UTC's", async () => {
    const id = await t.save({ ...parkHistory(t), title: zh('时区展') });
    await t.publish(id);
    const tz = process.env.TZ;
    // A zone where the clock's instant falls on another day than in UTC (Node reads TZ when it changes).
    process.env.TZ = t.clock.now().getUTCHours() < 10 ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati';
    try {
      const local = localDate(t.clock.now());
      const utc = t.clock.now().toISOString().slice(0, 10);
      expect(local).not.toBe(utc);
      await t.ok('exhibitions.visited', { id }, t.visitor);
      const visitsOn = async (day: string) =>
        (await t.ok('exhibitions.stats', { from: day, to: day }, t.curator)).exhibitions.find(
          (e) => e.id === id,
        )?.visits ?? 0;
      expect(await visitsOn(local)).toBe(1);
      expect(await visitsOn(utc)).toBe(0);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('links exhibits to books and other exhibits, resolved when read, and resolves its own', async () => {
    const book = await t.ok('titles.create', { title: '星湖园区志' });
    const target = await t.save({ ...parkHistory(t), title: zh('被链接的展') });
    await t.publish(target);
    const targetExhibit =
      (await t.ok('exhibitions.get', { id: target }, t.visitor)).sections[0]?.exhibits[0]?.uid ?? '';
    const id = await t.save({
      ...parkHistory(t),
      title: zh('链接展'),
      sections: [
        {
          title: zh('章'),
          intro: null,
          period: null,
          exhibits: [
            exhibit({
              type: 'text',
              title: zh('延伸阅读'),
              links: [
                { area: 'library', kind: 'title', id: String(book.id) },
                { area: 'library', kind: 'title', id: '987654' },
                { area: 'exhibitions', kind: 'exhibit', id: targetExhibit },
                { area: 'exhibitions', kind: 'exhibition', id: String(target) },
              ],
            }),
          ],
        },
      ],
    });
    await t.publish(id);
    const links = (await t.ok('exhibitions.get', { id }, t.visitor)).sections[0]?.exhibits[0]?.links;
    expect(links?.map((l) => l.title)).toEqual(['星湖园区志', null, '第一栋厂房落成', '被链接的展']);

    const draftOnly = await t.save({ ...parkHistory(t), title: zh('未发布的链接目标') });
    const resolved = await t.ok(
      'links.resolve',
      {
        targets: [
          { area: 'exhibitions', kind: 'exhibition', id: String(target) },
          { area: 'exhibitions', kind: 'exhibition', id: String(draftOnly) },
          { area: 'exhibitions', kind: 'exhibit', id: targetExhibit },
          { area: 'exhibitions', kind: 'exhibition', id: 'x' },
        ],
      },
      t.visitor,
    );
    expect(resolved.map((r) => r.title)).toEqual(['被链接的展', null, '第一栋厂房落成', null]);
  });

  it('previews links between exhibits that are not published yet, and to a room, by their titles', async () => {
    const db = openDatabase(t.dbFile);
    const room = venuesRepo(db).addVenue({ ...TEST_ROOM, name: '创客空间' }, 90);
    db.close();
    const section = { title: zh('章'), intro: null, period: null };
    const draft = { ...parkHistory(t), title: zh('草稿里的链接') };
    const id = await t.save({
      ...draft,
      sections: [
        {
          ...section,
          exhibits: [
            exhibit({ type: 'text', title: zh('老厂房') }),
            exhibit({ type: 'text', title: zh('新厂房') }),
          ],
        },
      ],
    });
    const saved = (await t.ok('exhibitions.preview', { id }, t.curator)).sections[0];
    const [old, next] = saved?.exhibits ?? [];
    await t.save({
      ...draft,
      id,
      sections: [
        {
          ...section,
          uid: saved?.uid ?? '',
          exhibits: [
            exhibit({
              type: 'text',
              uid: old?.uid ?? '',
              title: zh('老厂房'),
              links: [
                { area: 'exhibitions', kind: 'exhibit', id: next?.uid ?? '' },
                { area: 'venues', kind: 'room', id: String(room) },
              ],
            }),
            exhibit({ type: 'text', uid: next?.uid ?? '', title: zh('新厂房') }),
          ],
        },
      ],
    });
    const links = (await t.ok('exhibitions.preview', { id }, t.curator)).sections[0]?.exhibits[0]?.links;
    expect(links?.map((l) => l.title)).toEqual(['新厂房', '创客空间']);
    // Visitors' side does not know the draft's exhibits until the exhibition is published.
    const outside = await t.ok(
      'links.resolve',
      { targets: [{ area: 'exhibitions', kind: 'exhibit', id: next?.uid ?? '' }] },
      t.visitor,
    );
    expect(outside[0]?.title).toBeNull();
    await t.publish(id);
    const published = (await t.ok('exhibitions.get', { id }, t.visitor)).sections[0]?.exhibits[0]?.links;
    expect(published?.map((l) => l.title)).toEqual(['新厂房', '创客空间']);
  });
});
