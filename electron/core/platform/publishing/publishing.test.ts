import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../testing';
import { note, openPublishing, SAVE_NOTE, type PublishingKit } from './publishing-test-kit';

async function submitted(t: PublishingKit, id: number, client = t.author): Promise<number> {
  const status = await t.ok('publishing.submit', note(id), client);
  expect(status.state).toBe('in_review');
  return status.pending?.versionId ?? 0;
}

// One core for the file; each test works on notes of its own (ids 1x, 2x, …).
let t: PublishingKit;
beforeAll(async () => {
  t = await openPublishing();
});
afterAll(() => t.dispose());

describe('review before publish', () => {
  it('goes draft → in review → published, and visitors read only approved versions while a new draft is edited', async () => {
    await t.edit(11, '第一版');
    expect((await t.ok('publishing.status', note(11), t.author)).state).toBe('draft');
    expect(t.visible(11)).toBeNull();

    const first = await submitted(t, 11);
    const queue = await t.ok('publishing.queue', {}, t.reviewer);
    expect(queue.rows.filter((r) => r.kind === 'test.note' && r.contentId === 11)).toEqual([
      expect.objectContaining({
        versionId: first,
        kind: 'test.note',
        contentId: 11,
        title: '第一版',
        submittedBy: expect.objectContaining({ staffNo: 'cur1' }) as unknown,
        liveVersion: null,
        own: false,
      }),
    ]);
    const review = await t.ok('publishing.review', { versionId: first }, t.reviewer);
    expect(review.proposed).toEqual([{ field: 'text', text: '第一版' }]);
    expect(review.current).toBeNull();
    expect(t.visible(11)).toBeNull();

    const approved = await t.ok('publishing.approve', { versionId: first }, t.reviewer);
    expect(approved).toMatchObject({ state: 'published', liveVersion: 1, pending: null, returned: null });
    expect(t.visible(11)).toBe('第一版');
    expect((await t.ok('publishing.queue', {}, t.reviewer)).rows.map((r) => r.versionId)).not.toContain(
      first,
    );

    // A new draft: visitors keep reading version 1 while it is edited and while it waits.
    await t.edit(11, '第二版');
    expect(await t.ok('publishing.status', note(11), t.author)).toMatchObject({
      state: 'draft',
      liveVersion: 1,
    });
    expect(t.visible(11)).toBe('第一版');
    const second = await submitted(t, 11);
    expect(t.visible(11)).toBe('第一版');
    const side = await t.ok('publishing.review', { versionId: second }, t.otherReviewer);
    expect(side.current).toEqual([{ field: 'text', text: '第一版' }]);
    expect(side.proposed).toEqual([{ field: 'text', text: '第二版' }]);
    expect(side.liveVersion).toBe(1);
    await t.ok('publishing.approve', { versionId: second }, t.otherReviewer);
    expect(t.visible(11)).toBe('第二版');

    // Editing back to what visitors see is no change to review.
    await t.edit(11, '第二版');
    expect((await t.ok('publishing.status', note(11), t.author)).state).toBe('published');
    expect((await t.refused('publishing.submit', note(11), t.author)).code).toBe('publishing_unchanged');

    const history = await t.ok('publishing.history', note(11), t.author);
    expect(history.map((v) => [v.version, v.title, v.live, v.approvedBy?.staffNo])).toEqual([
      [2, '第二版', true, 'rev2'],
      [1, '第一版', false, 'rev1'],
    ]);
    for (const v of history) expect(v.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
  });

  it('returns a submission to its author with the reason, until the next submission', async () => {
    await t.edit(21, '草稿');
    const versionId = await submitted(t, 21);
    expect((await t.refused('publishing.return', { versionId, reason: '   ' }, t.reviewer)).code).toBe(
      'invalid_input',
    );
    const back = await t.ok('publishing.return', { versionId, reason: '请补充出处' }, t.reviewer);
    expect(back).toMatchObject({ state: 'draft', pending: null, liveVersion: null });
    expect(back.returned).toMatchObject({ reason: '请补充出处', by: { staffNo: 'rev1' } });
    expect((await t.ok('publishing.status', note(21), t.author)).returned?.reason).toBe('请补充出处');
    expect(t.visible(21)).toBeNull();

    // The returned submission is decided: nobody can approve it afterwards.
    expect((await t.refused('publishing.approve', { versionId }, t.otherReviewer)).code).toBe(
      'publishing_not_in_review',
    );
    expect((await t.refused('publishing.review', { versionId }, t.otherReviewer)).code).toBe(
      'publishing_not_in_review',
    );

    await t.edit(21, '草稿（已补充出处）');
    expect((await t.ok('publishing.status', note(21), t.author)).returned?.reason).toBe('请补充出处');
    const again = await submitted(t, 21);
    expect((await t.ok('publishing.status', note(21), t.author)).returned).toBeNull();
    await t.ok('publishing.approve', { versionId: again }, t.otherReviewer);
    expect(t.visible(21)).toBe('草稿（已补充出处）');
    expect((await t.ok('publishing.history', note(21), t.reviewer)).map((v) => v.version)).toEqual([1]);
  });

  it('never lets the author approve or return their own submission, an admin author included', async () => {
    const reviewerAuthor = await t.staffMember('both1', ['curator', 'reviewer']);
    for (const [id, author] of [
      [31, 'test:admin'],
      [32, reviewerAuthor],
    ] as const) {
      await t.edit(id, `作者自己提交的 ${id}`, author);
      const versionId = await submitted(t, id, author);
      const mine = (await t.ok('publishing.queue', {}, author)).rows.find((r) => r.versionId === versionId);
      expect(mine?.own).toBe(true);
      const before = dumpDatabase(t.dbFile);
      expect((await t.refused('publishing.approve', { versionId }, author)).code).toBe(
        'publishing_own_submission',
      );
      expect((await t.refused('publishing.return', { versionId, reason: '自己退回' }, author)).code).toBe(
        'publishing_own_submission',
      );
      expect(dumpDatabase(t.dbFile)).toBe(before);
      expect(t.visible(id)).toBeNull();
      await t.ok('publishing.approve', { versionId }, t.reviewer);
      expect(t.visible(id)).toBe(`作者自己提交的 ${id}`);
    }
    // The schema refuses it too, whatever code might try.
    await t.edit(33, '第三条');
    const versionId = await submitted(t, 33);
    expect(() =>
      t.db
        .prepare(
          "UPDATE published_versions SET status = 'approved', version = 1, decided_at = 'now', decided_by = submitted_by WHERE id = ?",
        )
        .run(versionId),
    ).toThrow(/CHECK constraint/);
  });

  it('leaves deciding to reviewers and the author side to the role that edits the kind', async () => {
    await t.edit(41, '一条');
    expect((await t.refused('publishing.submit', note(41), t.librarian)).code).toBe('forbidden');
    expect((await t.refused('publishing.submit', note(41), 'test:visitor')).code).toBe('unauthenticated');
    const versionId = await submitted(t, 41);
    for (const method of ['publishing.approve', 'publishing.review'] as const) {
      expect((await t.refused(method, { versionId }, t.author)).code).toBe('forbidden');
      expect((await t.refused(method, { versionId }, t.librarian)).code).toBe('forbidden');
    }
    expect((await t.refused('publishing.queue', {}, t.author)).code).toBe('forbidden');
    expect((await t.refused('publishing.withdraw', note(41), t.reviewer)).code).toBe('forbidden');
    expect((await t.refused('publishing.history', note(41), t.librarian)).code).toBe('forbidden');
    expect(
      (await t.refused('publishing.submit', { kind: 'test.nothing', contentId: 1 }, t.author)).code,
    ).toBe('not_found');
    expect((await t.refused('publishing.submit', note(99), t.author)).code).toBe('not_found');
  });

  it('refuses the steps a state does not allow, with codes that say why, and changes nothing', async () => {
    await t.edit(51, '…');
    const unchanged = dumpDatabase(t.dbFile);
    const incomplete = await t.refused('publishing.submit', note(51), t.author);
    expect(incomplete).toMatchObject({ code: 'publishing_incomplete', details: { problem: 'unfinished' } });
    expect((await t.refused('publishing.withdraw', note(51), t.author)).code).toBe(
      'publishing_not_in_review',
    );
    expect((await t.refused('publishing.unarchive', note(51), t.author)).code).toBe(
      'publishing_not_archived',
    );
    expect((await t.refused('publishing.rollback', { ...note(51), version: 1 }, t.reviewer)).code).toBe(
      'publishing_no_version',
    );
    expect(dumpDatabase(t.dbFile)).toBe(unchanged);

    await t.edit(51, '完成的一条');
    const versionId = await submitted(t, 51);
    const waiting = dumpDatabase(t.dbFile);
    expect((await t.refused(SAVE_NOTE, { id: 51, text: '审核中改动' }, t.author)).code).toBe(
      'publishing_in_review',
    );
    expect((await t.refused('publishing.submit', note(51), t.author)).code).toBe('publishing_in_review');
    expect((await t.refused('publishing.archive', note(51), t.author)).code).toBe('publishing_in_review');
    expect(dumpDatabase(t.dbFile)).toBe(waiting);

    // Withdrawn, the submission can no longer be approved (the reviewer looked at it before).
    expect((await t.ok('publishing.withdraw', note(51), t.author)).state).toBe('draft');
    expect((await t.refused('publishing.approve', { versionId }, t.reviewer)).code).toBe(
      'publishing_not_in_review',
    );
    expect((await t.refused('publishing.approve', { versionId: 9999 }, t.reviewer)).code).toBe('not_found');
  });

  it('rolls the live version back to an earlier one, and forward again', async () => {
    for (const text of ['一', '二', '三']) {
      await t.edit(61, text);
      await t.ok('publishing.approve', { versionId: await submitted(t, 61) }, t.reviewer);
    }
    expect(t.visible(61)).toBe('三');
    expect((await t.refused('publishing.rollback', { ...note(61), version: 1 }, t.author)).code).toBe(
      'forbidden',
    );
    const back = await t.ok('publishing.rollback', { ...note(61), version: 1 }, t.reviewer);
    // Visitors read version 1; the draft still says 三, which is not what they see.
    expect(back).toMatchObject({ state: 'draft', liveVersion: 1 });
    expect(t.visible(61)).toBe('一');
    const history = await t.ok('publishing.history', note(61), t.author);
    expect(history.map((v) => [v.version, v.live])).toEqual([
      [3, false],
      [2, false],
      [1, true],
    ]);
    for (const version of [1, 4]) {
      expect((await t.refused('publishing.rollback', { ...note(61), version }, t.reviewer)).code).toBe(
        'publishing_no_version',
      );
    }
    expect(await t.ok('publishing.rollback', { ...note(61), version: 3 }, t.reviewer)).toMatchObject({
      state: 'published',
      liveVersion: 3,
    });
    expect(t.visible(61)).toBe('三');
  });

  it('archives: hidden from visitors, versions kept, shown again when unarchived', async () => {
    await t.edit(71, '展出中');
    await t.ok('publishing.approve', { versionId: await submitted(t, 71) }, t.reviewer);
    expect((await t.ok('publishing.archive', note(71), t.author)).state).toBe('archived');
    expect(t.visible(71)).toBeNull();
    expect((await t.refused(SAVE_NOTE, { id: 71, text: '归档后改动' }, t.author)).code).toBe(
      'publishing_archived',
    );
    expect(t.visible(71)).toBeNull();
    expect((await t.refused('publishing.submit', note(71), t.author)).code).toBe('publishing_archived');
    expect((await t.refused('publishing.archive', note(71), t.reviewer)).code).toBe('publishing_archived');
    expect((await t.refused('publishing.rollback', { ...note(71), version: 1 }, t.reviewer)).code).toBe(
      'publishing_archived',
    );
    expect((await t.ok('publishing.history', note(71), t.author)).map((v) => v.version)).toEqual([1]);
    expect((await t.ok('publishing.unarchive', note(71), t.reviewer)).state).toBe('published');
    expect(t.visible(71)).toBe('展出中');
  });

  it('audits every step with who did it, and tells the screens', async () => {
    await t.edit(81, '记录');
    await t.ok('publishing.return', { versionId: await submitted(t, 81), reason: '再看看' }, t.reviewer);
    await submitted(t, 81);
    await t.ok('publishing.withdraw', note(81), t.author);
    await t.ok('publishing.approve', { versionId: await submitted(t, 81) }, t.reviewer);
    await t.edit(81, '记录二');
    await t.ok('publishing.approve', { versionId: await submitted(t, 81) }, t.otherReviewer);
    await t.ok('publishing.rollback', { ...note(81), version: 1 }, t.reviewer);
    await t.ok('publishing.archive', note(81), t.author);
    await t.ok('publishing.unarchive', note(81), t.author);

    const log = (await t.ok('audit.list', {})).rows
      .filter((e) => e.action.startsWith('publishing.') && e.entityId === '81')
      .reverse()
      .map((e) => [e.action, e.actor, e.entity, e.entityId]);
    const step = (action: string, actor: string) => [`publishing.${action}`, actor, 'test.note', '81'];
    expect(log).toEqual([
      step('submit', 'cur1'),
      step('return', 'rev1'),
      step('submit', 'cur1'),
      step('withdraw', 'cur1'),
      step('submit', 'cur1'),
      step('approve', 'rev1'),
      step('submit', 'cur1'),
      step('approve', 'rev2'),
      step('rollback', 'rev1'),
      step('archive', 'cur1'),
      step('unarchive', 'cur1'),
    ]);
    const returned = (await t.ok('audit.list', {})).rows.find(
      (e) => e.action === 'publishing.return' && e.entityId === '81',
    );
    expect(returned).toMatchObject({ area: 'publishing', after: { state: 'draft', returnReason: '再看看' } });

    // After the commit, the review queue and the content's own area refetch; a refusal tells nobody.
    await t.edit(81, '记录三');
    const versionId = await submitted(t, 81);
    t.events.length = 0;
    await t.refused('publishing.approve', { versionId }, t.author);
    expect(t.events).toEqual([]);
    await t.ok('publishing.approve', { versionId }, t.reviewer);
    expect(t.events).toEqual([
      { name: 'data.changed', data: { domain: 'publishing' } },
      { name: 'data.changed', data: { domain: 'test' } },
    ]);
  });
});
