import { Readable } from 'node:stream';
import type { In } from '../../../shared';
import type { MediaInfo } from '../../../shared/media.types';
import { avSample, picture } from '../../platform/media/media-testing';
import { ADMIN_CLIENT, openSharedTestCore, type SharedTestCore } from '../../testing';
import { exhibit, zh } from './draft-kit';

export { exhibit, zh };

export const VTT = 'WEBVTT\n\n00:00:00.500 --> 00:00:01.500\n我们的厂房建起来了。\n';

export interface ExhibitionsKit extends SharedTestCore {
  /** Clients signed in as a curator, two reviewers, and a curator who also reviews. */
  curator: string;
  reviewer: string;
  otherReviewer: string;
  curatorReviewer: string;
  /** A visitor's client (nobody signed in). */
  visitor: string;
  photos: MediaInfo[];
  video: MediaInfo;
  sound: MediaInfo;
  save(input: In<'exhibitions.save'>, client?: string): Promise<number>;
  /** Submits (curator) and approves (reviewer): the draft becomes what visitors see. */
  publish(id: number): Promise<void>;
}

export async function openExhibitions(dir: string): Promise<ExhibitionsKit> {
  const t = await openSharedTestCore();
  await t.signIn();
  const curator = await t.staffMember('cur1', ['curator']);
  const reviewer = await t.staffMember('rev1', ['reviewer']);
  const otherReviewer = await t.staffMember('rev2', ['reviewer']);
  const curatorReviewer = await t.staffMember('cr1', ['curator', 'reviewer']);
  const store = async (bytes: Buffer, name: string) => {
    const r = await t.core.importMedia(Readable.from([bytes]), { name }, ADMIN_CLIENT);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const photos = [
    await store(await picture('jpeg', 64, 48, { r: 200, g: 30, b: 40 }), 'a.jpg'),
    await store(await picture('png', 48, 64, { r: 20, g: 130, b: 40 }), 'b.png'),
    await store(await picture('jpeg', 32, 32, { r: 20, g: 30, b: 140 }), 'c.jpg'),
  ];
  const video = await store(await avSample(dir, 'webm'), 'v.webm');
  const sound = await store(await avSample(dir, 'mp3'), 's.mp3');
  const save = async (input: In<'exhibitions.save'>, client = curator) =>
    (await t.ok('exhibitions.save', input, client)).id;
  const publish = async (id: number) => {
    await t.ok('review.submit', { kind: 'exhibitions.exhibition', id }, curator);
    await t.ok('review.approve', { kind: 'exhibitions.exhibition', id }, reviewer);
  };
  return {
    ...t,
    curator,
    reviewer,
    otherReviewer,
    curatorReviewer,
    visitor: 'visitor',
    photos,
    video,
    sound,
    save,
    publish,
  };
}

/** The park's first exhibition: a photo, a video testimony with subtitles, a text panel. */
export function parkHistory(t: Pick<ExhibitionsKit, 'photos' | 'video'>): In<'exhibitions.save'> {
  return {
    title: zh('星湖科技园三十年'),
    subtitle: zh('从荒地到园区'),
    intro: null,
    coverMediaId: t.photos[0]?.id ?? null,
    sections: [
      {
        title: zh('创业时期'),
        intro: zh('园区在一片荒地上起步。'),
        period: null,
        exhibits: [
          exhibit({
            type: 'photo',
            title: zh('第一栋厂房落成'),
            caption: {
              'zh-CN': '第一栋标准厂房',
              'zh-TW': '第一棟標準廠房（園區自譯）',
              en: 'The first factory',
            },
            date: '约1994年',
            place: zh('星湖路1号'),
            tags: ['厂房', '建设'],
            media: [{ mediaId: t.photos[0]?.id ?? '', caption: null }],
          }),
          exhibit({
            type: 'video',
            title: zh('老职工口述：建园那年'),
            date: '1990年代',
            media: [{ mediaId: t.video.id, caption: null }],
            subtitles: zh(VTT),
          }),
          exhibit({
            type: 'text',
            title: zh('园区大事记'),
            body: zh('1992年筹建，1994年第一批企业入驻。'),
            date: '1992-05',
          }),
        ],
      },
    ],
  };
}
