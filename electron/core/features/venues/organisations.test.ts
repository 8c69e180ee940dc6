import { describe, expect, it } from 'vitest';
import { openVenues } from './venues-test-kit';

const VISITOR = 'test:visitor';

describe('organisations.suggest', () => {
  it('offers visitors the borrowers’ companies and the organisers staff let hold a room, never a waiting request’s', async () => {
    const t = await openVenues();
    const room = t.room();
    const librarian = await t.staffMember('lib', ['librarian']);
    await t.ok(
      'borrowers.create',
      {
        cardNo: 'A001',
        name: '李明',
        company: '星湖生物医药',
        partyBranch: '星湖生物党支部',
        type: 'party_member',
      },
      librarian,
    );
    const asked = await t.ok(
      'bookings.request',
      t.request(room, '2026-03-04T14:30', '2026-03-04T16:30', {
        organiser: { company: '星湖随手填的公司', branch: null },
      }),
      VISITOR,
    );
    const suggest = async (q: string) =>
      (await t.ok('organisations.suggest', { q }, VISITOR)).map((o) => `${o.company}/${o.branch}`);
    expect(await suggest('xinghu')).toEqual(['星湖生物医药/星湖生物党支部']);
    await t.ok('bookings.approve', { id: asked.id }, t.staff);
    expect(await suggest('xinghu')).toEqual(['星湖生物医药/星湖生物党支部', '星湖随手填的公司/null']);
    expect(await suggest('星湖生物')).toEqual(['星湖生物医药/星湖生物党支部']);
    expect(await suggest('')).toEqual([]);
    expect((await t.refused('organisations.suggest', { q: 'x'.repeat(81) }, VISITOR)).code).toBe(
      'invalid_input',
    );
  });
});
