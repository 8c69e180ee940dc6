import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXHIBITION_KIND } from '../../../shared/exhibitions.types';
import { openExhibitions, parkHistory, zh, type ExhibitionsKit } from './exhibitions-test-kit';

let t: ExhibitionsKit;
let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongyi-exh-show-'));
  t = await openExhibitions(dir);
}, 60_000);
afterAll(() => {
  t.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the big-screen show', () => {
  it('runs the chosen exhibitions in the chosen order, published versions only, at the set pace', async () => {
    const first = await t.save({ ...parkHistory(t), title: zh('第一展') });
    const second = await t.save({ ...parkHistory(t), title: zh('第二展') });
    const draftOnly = await t.save({ ...parkHistory(t), title: zh('草稿展') });
    await t.publish(first);
    await t.publish(second);
    await t.ok('settings.update', {
      'exhibitions.showIds': [second, draftOnly, first],
      'exhibitions.showSeconds': 20,
    });

    // A draft newer than the published version is not what the big screen shows either.
    await t.save({ ...parkHistory(t), id: first, title: zh('第一展（修改中）') });
    const show = await t.ok('exhibitions.show', {}, t.visitor);
    expect(show.exhibitions.map((e) => e.title['zh-CN'])).toEqual(['第二展', '第一展']);
    expect(show.exhibitions[0]?.sections[0]?.exhibits.length).toBeGreaterThan(0);
    expect(show.photoSeconds).toBe(20);

    await t.ok('publishing.archive', { kind: EXHIBITION_KIND, contentId: second }, t.curator);
    const after = await t.ok('exhibitions.show', {}, t.visitor);
    expect(after.exhibitions.map((e) => e.id)).toEqual([first]);
  });

  it('shows nothing when nothing is chosen', async () => {
    await t.ok('settings.update', { 'exhibitions.showIds': [] });
    expect((await t.ok('exhibitions.show', {}, t.visitor)).exhibitions).toEqual([]);
  });
});
