import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UUIDV7 } from '../../db/uuid';
import { dumpDatabase } from '../../testing';
import { exhibit, openExhibitions, parkHistory, VTT, zh, type ExhibitionsKit } from './exhibitions-test-kit';

const KIND = 'exhibitions.exhibition';
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

async function visibleTitles(): Promise<string[]> {
  return (await t.ok('exhibitions.list', {}, t.visitor)).map((c) => c.title['zh-CN']);
}

describe('saving a draft', () => {
  it('creates a draft with uids, derives 繁體 unless overridden, and visitors see nothing of it', async () => {
    const id = await t.save(parkHistory(t));
    const draft = await t.ok('exhibitions.draft', { id }, t.curator);
    expect(draft.title).toEqual(zh('星湖科技园三十年'));
    const exhibits = draft.sections[0]?.exhibits ?? [];
    expect(exhibits.map((x) => x.uid)).toEqual([
      expect.stringMatching(UUIDV7),
      expect.stringMatching(UUIDV7),
      expect.stringMatching(UUIDV7),
    ]);
    expect(draft.sections[0]?.uid).toMatch(UUIDV7);

    const preview = await t.ok('exhibitions.preview', { id }, t.curator);
    expect(preview.title).toEqual({ 'zh-CN': '星湖科技园三十年', 'zh-TW': '星湖科技園三十年', en: null });
    const [photo, video, text] = preview.sections[0]?.exhibits ?? [];
    // The curator's own 繁體 is kept; English as written.
    expect(photo?.caption).toEqual({
      'zh-CN': '第一栋标准厂房',
      'zh-TW': '第一棟標準廠房（園區自譯）',
      en: 'The first factory',
    });
    expect(photo?.title['zh-TW']).toBe('第一棟廠房落成');
    expect(photo?.date).toEqual({
      text: '约1994年',
      precision: 'year',
      approximate: true,
      from: '1994-01-01',
      to: '1994-12-31',
    });
    expect(photo?.media[0]?.media).toMatchObject({ id: t.photos[0]?.id, kind: 'image' });
    expect(video?.subtitles).toEqual({
      'zh-CN': [{ startS: 0.5, endS: 1.5, text: '我们的厂房建起来了。' }],
      'zh-TW': [{ startS: 0.5, endS: 1.5, text: '我們的廠房建起來了。' }],
      en: null,
    });
    expect(text?.date?.precision).toBe('month');
    expect(preview.years).toEqual(['1990', '1999']);

    expect(await visibleTitles()).not.toContain('星湖科技园三十年');
    expect((await t.refused('exhibitions.get', { id }, t.visitor)).code).toBe('exhibition_not_found');
    expect((await t.ok('exhibitions.search', { q: '厂房' }, t.visitor)).total).toBe(0);
    expect(await t.ok('exhibitions.timeline', {}, t.visitor)).toEqual([]);
    expect((await t.refused('exhibitions.preview', { id }, t.visitor)).code).toBe('unauthenticated');

    const desk = await t.ok('exhibitions.drafts', {}, t.curator);
    expect(desk.find((d) => d.id === id)).toMatchObject({ exhibitCount: 3, publishing: { state: 'draft' } });

    // Saving again with the uids keeps them.
    const again = await t.save({ ...draft, title: zh('星湖科技园三十年（修订）') });
    expect(again).toBe(id);
    const after = await t.ok('exhibitions.draft', { id }, t.curator);
    expect(after.sections[0]?.exhibits.map((x) => x.uid)).toEqual(exhibits.map((x) => x.uid));
  });

  it('refuses a bad draft with a clear code and changes nothing', async () => {
    const id = await t.save(parkHistory(t));
    const good = await t.ok('exhibitions.draft', { id }, t.curator);
    const before = dumpDatabase(t.dbFile);
    const withExhibit = (over: Partial<Parameters<typeof exhibit>[0]>) => ({
      ...good,
      sections: [
        {
          ...good.sections[0],
          title: zh('章'),
          intro: null,
          period: null,
          exhibits: [exhibit({ type: 'photo', title: zh('新展品'), ...over })],
        },
      ],
    });
    const cases: [string, unknown, Record<string, unknown>?][] = [
      [
        'exhibit_date_unreadable',
        withExhibit({ date: '九十年代初' }),
        { date: '九十年代初', exhibit: '新展品' },
      ],
      ['exhibit_date_unreadable', withExhibit({ date: '1994-02-30' })],
      ['exhibit_media_missing', withExhibit({ media: [{ mediaId: 'f'.repeat(64), caption: null }] })],
      [
        'exhibit_media_wrong_kind',
        withExhibit({ media: [{ mediaId: t.video.id, caption: null }] }),
        { expected: 'image', actual: 'video' },
      ],
      [
        'exhibit_media_wrong_kind',
        withExhibit({ type: 'video', media: [{ mediaId: t.photos[0]?.id ?? '', caption: null }] }),
      ],
      [
        'exhibit_media_wrong_kind',
        withExhibit({ type: 'text', media: [{ mediaId: t.photos[0]?.id ?? '', caption: null }] }),
      ],
      [
        'exhibit_media_wrong_kind',
        withExhibit({ media: t.photos.map((p) => ({ mediaId: p.id, caption: null })) }),
      ],
      ['exhibit_media_wrong_kind', { ...good, coverMediaId: t.sound.id }],
      [
        'subtitles_unreadable',
        withExhibit({
          type: 'video',
          media: [{ mediaId: t.video.id, caption: null }],
          subtitles: zh('1\n00:00:01,000 --> 00:00:02,000\n你好'),
        }),
        { language: 'zh-CN', line: 1 },
      ],
      [
        'subtitles_unreadable',
        withExhibit({
          type: 'audio',
          media: [{ mediaId: t.sound.id, caption: null }],
          subtitles: { 'zh-CN': VTT, 'zh-TW': null, en: 'WEBVTT\n\n00:00:03.000 --> 00:00:01.000\nhi' },
        }),
        { language: 'en', line: 3 },
      ],
      [
        'subtitles_not_playable',
        withExhibit({ media: [{ mediaId: t.photos[0]?.id ?? '', caption: null }], subtitles: zh(VTT) }),
      ],
      ['exhibit_link_unsupported', withExhibit({ links: [{ area: 'library', kind: 'borrower', id: '1' }] })],
      ['exhibit_link_unsupported', withExhibit({ links: [{ area: 'nowhere', kind: 'room', id: '1' }] })],
      ['exhibit_uid_taken', withExhibit({ uid: good.sections[0]?.uid ?? '' })],
      ['exhibition_not_found', { ...good, id: 999_999 }],
      ['invalid_input', withExhibit({ caption: zh('长'.repeat(401)) })],
      ['invalid_input', withExhibit({ title: zh('') })],
      ['invalid_input', withExhibit({ tags: Array.from({ length: 21 }, (_, i) => `标签${i}`) })],
      ['invalid_input', { ...good, title: zh('题'.repeat(61)) }],
      ['invalid_input', { ...good, sections: Array.from({ length: 51 }, () => good.sections[0]) }],
    ];
    for (const [code, input, details] of cases) {
      const error = await t.refused('exhibitions.save', input, t.curator);
      expect(error.code, JSON.stringify(input).slice(0, 200)).toBe(code);
      if (details) expect(error.details).toMatchObject(details);
    }
    // Another exhibition's uids stay its own.
    const other = await t.refused(
      'exhibitions.save',
      { ...parkHistory(t), sections: good.sections },
      t.curator,
    );
    expect(other.code).toBe('exhibit_uid_taken');
    expect(dumpDatabase(t.dbFile)).toBe(before);
    expect((await t.refused('exhibitions.save', parkHistory(t), t.reviewer)).code).toBe('forbidden');
  });
});

describe('review before visitors see it', () => {
  it('submit → returned with a reason → resubmitted → approved by another person → visible to visitors', async () => {
    const id = await t.save({ ...parkHistory(t), title: zh('审核流程展') });
    const submitted = await t.ok('review.submit', { kind: KIND, id }, t.curator);
    expect(submitted.state).toBe('in_review');
    // While it waits, the draft cannot change.
    const draft = await t.ok('exhibitions.draft', { id }, t.curator);
    expect((await t.refused('exhibitions.save', draft, t.curator)).code).toBe('publishing_in_review');

    const queue = await t.ok('review.queue', {}, t.reviewer);
    expect(queue.rows.find((r) => r.kind === KIND && r.contentId === id)).toMatchObject({
      title: '审核流程展',
    });
    // The reviewer sees the submission as visitors would; visitors still see nothing.
    const versionId = submitted.pending?.versionId ?? 0;
    const seen = await t.ok('exhibitions.submission', { versionId }, t.reviewer);
    expect(seen).toMatchObject({ id, title: { 'zh-TW': '審核流程展' }, exhibitCount: 3 });
    expect(seen.sections[0]?.exhibits[0]?.media[0]?.media.id).toBe(t.photos[0]?.id);
    expect((await t.refused('exhibitions.submission', { versionId }, t.curator)).code).toBe('forbidden');
    expect((await t.refused('exhibitions.submission', { versionId: 999_999 }, t.reviewer)).code).toBe(
      'not_found',
    );
    expect((await t.refused('review.queue', {}, t.curator)).code).toBe('forbidden');
    expect((await t.refused('review.approve', { kind: KIND, id }, t.curator)).code).toBe('forbidden');

    const returned = await t.ok('review.return', { kind: KIND, id, reason: '请补充照片来源' }, t.reviewer);
    expect(returned).toMatchObject({ state: 'draft', returned: { reason: '请补充照片来源' } });
    expect((await t.refused('exhibitions.submission', { versionId }, t.reviewer)).code).toBe(
      'publishing_not_in_review',
    );
    expect((await t.refused('review.return', { kind: KIND, id, reason: '再退' }, t.reviewer)).code).toBe(
      'publishing_not_in_review',
    );
    expect((await t.refused('review.return', { kind: KIND, id, reason: ' ' }, t.reviewer)).code).toBe(
      'invalid_input',
    );
    expect(await visibleTitles()).not.toContain('审核流程展');

    await t.save({ ...draft, title: zh('审核流程展'), subtitle: zh('已补充来源') }, t.curatorReviewer);
    await t.ok('review.submit', { kind: KIND, id }, t.curatorReviewer);
    expect((await t.refused('review.approve', { kind: KIND, id }, t.curatorReviewer)).code).toBe(
      'publishing_own_submission',
    );
    const approved = await t.ok('review.approve', { kind: KIND, id }, t.otherReviewer);
    expect(approved).toMatchObject({ state: 'published', liveVersion: 1 });

    expect(await visibleTitles()).toContain('审核流程展');
    const shown = await t.ok('exhibitions.get', { id }, t.visitor);
    expect(shown.subtitle?.['zh-TW']).toBe('已補充來源');
    expect(shown.sections[0]?.exhibits).toHaveLength(3);
    const timeline = await t.ok('exhibitions.timeline', {}, t.visitor);
    const mine = timeline.filter((i) => i.exhibitionId === id);
    expect(mine.map((i) => i.date.text)).toEqual(['1990年代', '1992-05', '约1994年']);
    expect(mine[2]?.thumb?.id).toBe(t.photos[0]?.id);

    // A new draft leaves visitors with the approved version.
    await t.save({ ...(await t.ok('exhibitions.draft', { id }, t.curator)), subtitle: zh('第二稿') });
    expect((await t.ok('exhibitions.get', { id }, t.visitor)).subtitle?.['zh-CN']).toBe('已补充来源');
    // publishing.* keeps working beside the review.* names.
    expect((await t.ok('publishing.status', { kind: KIND, contentId: id }, t.curator)).state).toBe('draft');
    expect((await t.refused('review.approve', { kind: KIND, id }, t.reviewer)).code).toBe(
      'publishing_not_in_review',
    );
    expect((await t.refused('review.approve', { kind: 'exhibitions.nothing', id }, t.reviewer)).code).toBe(
      'not_found',
    );
    expect((await t.refused('review.submit', { kind: KIND, id: 999_999 }, t.curator)).code).toBe('not_found');
  });

  it('refuses to submit an exhibition with no exhibits, or an exhibit without its file', async () => {
    const empty = await t.save({ ...parkHistory(t), title: zh('空展'), sections: [] });
    expect((await t.refused('review.submit', { kind: KIND, id: empty }, t.curator)).details).toMatchObject({
      problem: 'noExhibits',
    });
    const bare = await t.save({
      ...parkHistory(t),
      title: zh('缺照片'),
      sections: [
        {
          title: zh('章'),
          intro: null,
          period: 'reform',
          exhibits: [exhibit({ type: 'photo', title: zh('待补') })],
        },
      ],
    });
    expect((await t.refused('review.submit', { kind: KIND, id: bare }, t.curator)).details).toMatchObject({
      problem: 'exhibitWithoutMedia',
    });
  });

  it('rolls back to an earlier version, and archiving hides it; search follows each', async () => {
    const id = await t.save({
      ...parkHistory(t),
      title: zh('回滚展'),
      sections: [
        {
          title: zh('章'),
          intro: null,
          period: null,
          exhibits: [exhibit({ type: 'text', title: zh('蓝色水塔'), date: '1996' })],
        },
      ],
    });
    await t.publish(id);
    const v1 = await t.ok('exhibitions.draft', { id }, t.curator);
    const section = v1.sections[0];
    if (!section) throw new Error('no section');
    await t.save({
      ...v1,
      sections: [{ ...section, exhibits: [exhibit({ type: 'text', title: zh('红色钟楼'), date: '1998' })] }],
    });
    await t.publish(id);
    const hits = async (q: string) =>
      (await t.ok('exhibitions.search', { q }, t.visitor)).rows
        .filter((h) => h.exhibitionId === id)
        .map((h) => h.exhibit.title['zh-CN']);
    expect(await hits('钟楼')).toEqual(['红色钟楼']);
    expect(await hits('水塔')).toEqual([]);

    await t.ok('publishing.rollback', { kind: KIND, contentId: id, version: 1 }, t.reviewer);
    expect((await t.ok('exhibitions.get', { id }, t.visitor)).sections[0]?.exhibits[0]?.title['zh-CN']).toBe(
      '蓝色水塔',
    );
    expect(await hits('水塔')).toEqual(['蓝色水塔']);
    expect(await hits('钟楼')).toEqual([]);

    await t.ok('publishing.archive', { kind: KIND, contentId: id }, t.curator);
    expect(await hits('水塔')).toEqual([]);
    expect((await t.refused('exhibitions.get', { id }, t.visitor)).code).toBe('exhibition_not_found');
    await t.ok('publishing.unarchive', { kind: KIND, contentId: id }, t.curator);
    expect(await hits('水塔')).toEqual(['蓝色水塔']);
  });
});
