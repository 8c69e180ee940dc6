import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../testing';
import { note, openPublishing, type PublishingKit } from './publishing-test-kit';

// The `review.*` names name the content by `{ kind, id }`; the steps are publishing's own.
let t: PublishingKit;
beforeAll(async () => {
  t = await openPublishing();
});
afterAll(() => t.dispose());

const ref = (id: number) => ({ kind: 'test.note', id });

describe('review.* over publishing', () => {
  it('submits, returns with a reason and approves the waiting submission of a piece of content', async () => {
    await t.edit(101, '初稿');
    const submitted = await t.ok('review.submit', ref(101), t.author);
    expect(submitted).toMatchObject({ state: 'in_review', kind: 'test.note', contentId: 101 });
    const queue = await t.ok('review.queue', {}, t.reviewer);
    expect(queue.rows.find((r) => r.contentId === 101)).toMatchObject({
      versionId: submitted.pending?.versionId,
      title: '初稿',
      own: false,
    });

    const back = await t.ok('review.return', { ...ref(101), reason: '请写明出处' }, t.reviewer);
    expect(back).toMatchObject({
      state: 'draft',
      returned: { reason: '请写明出处', by: { staffNo: 'rev1' } },
    });
    expect(t.visible(101)).toBeNull();

    await t.edit(101, '初稿（出处：园区档案室）');
    await t.ok('review.submit', ref(101), t.author);
    const approved = await t.ok('review.approve', ref(101), t.otherReviewer);
    expect(approved).toMatchObject({ state: 'published', liveVersion: 1, pending: null });
    expect(t.visible(101)).toBe('初稿（出处：园区档案室）');
    // The same history as through publishing.*: one approved version, by the second reviewer.
    const history = await t.ok('publishing.history', note(101), t.author);
    expect(history.map((v) => [v.version, v.approvedBy?.staffNo])).toEqual([[1, 'rev2']]);
  });

  it('refuses what publishing refuses, and changes nothing', async () => {
    await t.edit(102, '另一篇');
    const before = dumpDatabase(t.dbFile);
    const cases: [string, unknown, string, string][] = [
      ['review.approve', ref(102), t.reviewer, 'publishing_not_in_review'],
      ['review.return', { ...ref(102), reason: '退回' }, t.reviewer, 'publishing_not_in_review'],
      ['review.approve', ref(999), t.reviewer, 'not_found'],
      ['review.approve', { kind: 'test.nothing', id: 102 }, t.reviewer, 'not_found'],
      ['review.submit', ref(102), t.librarian, 'forbidden'],
      ['review.approve', ref(102), t.author, 'forbidden'],
      ['review.queue', {}, t.author, 'forbidden'],
      ['review.return', ref(102), t.reviewer, 'invalid_input'],
      ['review.return', { ...ref(102), reason: '长'.repeat(401) }, t.reviewer, 'invalid_input'],
      ['review.submit', { kind: 'Not A Kind', id: 102 }, t.author, 'invalid_input'],
    ];
    for (const [method, input, client, code] of cases) {
      expect((await t.refused(method, input, client)).code, `${method} ${JSON.stringify(input)}`).toBe(code);
    }
    expect(dumpDatabase(t.dbFile)).toBe(before);

    await t.ok('review.submit', ref(102), t.author);
    expect((await t.refused('review.submit', ref(102), t.author)).code).toBe('publishing_in_review');
    // Nobody decides on their own submission.
    await t.edit(103, '管理员写的', 'test:admin');
    await t.ok('review.submit', ref(103), 'test:admin');
    expect((await t.refused('review.approve', ref(103), 'test:admin')).code).toBe(
      'publishing_own_submission',
    );
    expect((await t.refused('review.return', { ...ref(103), reason: '自己退' }, 'test:admin')).code).toBe(
      'publishing_own_submission',
    );
  });
});
