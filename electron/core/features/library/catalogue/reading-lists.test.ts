import { describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../../testing';
import { openLibrary } from '../library-test-kit';

describe('reading lists through review', () => {
  it('shows visitors the approved list while the librarian edits the next one', async () => {
    const t = await openLibrary();
    const librarian = await t.staffMember('lib1', ['librarian']);
    const reviewer = await t.staffMember('rev1', ['reviewer']);
    const ids = new Map<string, number>();
    for (const n of ['红岩', '林海雪原', '青春之歌']) ids.set(n, (await t.title(n)).id);
    const id = (n: string) => ids.get(n) ?? 0;
    const visitorTitles = async (listId: number) =>
      (await t.ok('catalogue.readingList', { id: listId }, 'visitor')).rows.map((r) => r.title);
    // What a link from another area (a tour's hotspot) says: the approved name, or gone.
    const linked = async (listId: number) => {
      const target = { area: 'library', kind: 'readingList', id: String(listId) };
      return (await t.ok('links.resolve', { targets: [target] }, 'visitor'))[0]?.title;
    };

    const draft = await t.ok('readingLists.save', { name: '红色经典', titleIds: [id('红岩')] }, librarian);
    expect(draft.publishing).toMatchObject({ state: 'draft', liveVersion: null });
    expect(await t.ok('catalogue.readingLists', {}, 'visitor')).toEqual([]);
    expect((await t.refused('catalogue.readingList', { id: draft.id }, 'visitor')).code).toBe('not_found');
    expect(await linked(draft.id)).toBeNull();

    const events: string[] = [];
    const stop = t.core.onEvent((e) => {
      if (e.name === 'data.changed') events.push(e.data.domain);
    });
    const waiting = await t.ok(
      'readingLists.save',
      { id: draft.id, name: '红色经典', titleIds: [id('红岩'), id('林海雪原')], submit: true },
      librarian,
    );
    stop();
    expect(waiting.publishing?.state).toBe('in_review');
    // One write: the save and the submission audited together, the desk and the review queue told.
    expect(events).toEqual(['library', 'publishing']);
    const [submittedEntry, savedEntry] = (await t.ok('audit.list', { limit: 2 })).rows;
    expect([savedEntry?.action, submittedEntry?.action]).toEqual(['readingLists.save', 'publishing.submit']);
    expect(submittedEntry).toMatchObject({ actor: 'lib1', entity: 'library.readingList', area: 'library' });
    const review = await t.ok(
      'publishing.review',
      { versionId: waiting.publishing?.pending?.versionId ?? 0 },
      reviewer,
    );
    expect(review.proposed).toEqual([
      { field: 'name', text: '红色经典' },
      { field: 'description', text: null },
      {
        field: 'titles',
        items: [
          { key: String(id('红岩')), text: '红岩' },
          { key: String(id('林海雪原')), text: '林海雪原' },
        ],
      },
    ]);
    await t.ok('publishing.approve', { versionId: review.versionId }, reviewer);
    expect(await visitorTitles(draft.id)).toEqual(['红岩', '林海雪原']);

    // The next draft: renamed, a title swapped. Visitors keep the approved list until it is approved.
    const next = await t.ok(
      'readingLists.save',
      { id: draft.id, name: '红色经典诵读', titleIds: [id('青春之歌'), id('红岩')] },
      librarian,
    );
    expect(next.publishing).toMatchObject({ state: 'draft', liveVersion: 1 });
    expect(await t.ok('catalogue.readingLists', {}, 'visitor')).toEqual([
      expect.objectContaining({ id: draft.id, name: '红色经典', titleCount: 2 }),
    ]);
    expect(await visitorTitles(draft.id)).toEqual(['红岩', '林海雪原']);
    expect(await linked(draft.id)).toBe('红色经典');
    expect((await t.ok('catalogue.getTitle', { id: id('林海雪原') }, 'visitor')).readingLists).toEqual([
      { id: draft.id, name: '红色经典' },
    ]);
    expect((await t.ok('catalogue.getTitle', { id: id('青春之歌') }, 'visitor')).readingLists).toEqual([]);
    const desk = await t.ok('readingLists.get', { id: draft.id }, librarian);
    expect(desk.name).toBe('红色经典诵读');
    expect(desk.titles.map((x) => x.title)).toEqual(['青春之歌', '红岩']);

    const submitted = await t.ok(
      'publishing.submit',
      { kind: 'library.readingList', contentId: draft.id },
      librarian,
    );
    const returned = await t.ok(
      'publishing.return',
      { versionId: submitted.pending?.versionId ?? 0, reason: '书名请与活动海报一致' },
      reviewer,
    );
    expect(returned.state).toBe('draft');
    const listed = await t.ok('readingLists.list', {}, librarian);
    expect(listed[0]?.publishing?.returned?.reason).toBe('书名请与活动海报一致');
    expect(await visitorTitles(draft.id)).toEqual(['红岩', '林海雪原']);

    const again = await t.ok(
      'readingLists.save',
      { id: draft.id, name: '红色经典', titleIds: [id('青春之歌'), id('红岩')], submit: true },
      librarian,
    );
    expect(again.publishing?.returned).toBeNull();
    await t.ok('publishing.approve', { versionId: again.publishing?.pending?.versionId ?? 0 }, reviewer);
    expect(await visitorTitles(draft.id)).toEqual(['青春之歌', '红岩']);
    expect((await t.ok('catalogue.getTitle', { id: id('林海雪原') }, 'visitor')).readingLists).toEqual([]);
  });

  it('refuses a save while the list waits for review, and a list without titles for review, changing nothing', async () => {
    const t = await openLibrary();
    const { id: titleId } = await t.title('红岩');
    const empty = await t.ok('readingLists.save', { name: '空书单', titleIds: [] });
    const before = dumpDatabase(t.dbFile);
    const refused = await t.refused('readingLists.save', {
      id: empty.id,
      name: '空书单',
      titleIds: [],
      submit: true,
    });
    expect(refused).toMatchObject({ code: 'publishing_incomplete', details: { problem: 'noTitles' } });
    expect(dumpDatabase(t.dbFile)).toBe(before);

    await t.ok('readingLists.save', { id: empty.id, name: '书单', titleIds: [titleId], submit: true });
    const waiting = dumpDatabase(t.dbFile);
    const edit = await t.refused('readingLists.save', { id: empty.id, name: '改名', titleIds: [titleId] });
    expect(edit.code).toBe('publishing_in_review');
    expect(dumpDatabase(t.dbFile)).toBe(waiting);
    expect((await t.ok('readingLists.get', { id: empty.id })).name).toBe('书单');
  });
});
