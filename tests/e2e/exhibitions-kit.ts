import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { request, type APIRequestContext } from '@playwright/test';
import ffmpeg from '@ffmpeg-installer/ffmpeg';
import sharp from 'sharp';
import { exhibit } from '../../electron/core/features/exhibitions/draft-kit';
import { call } from './api';
import { ADMIN_PIN } from './fixtures';

// An exhibition made through the API as a curator would, published by a reviewer: photos drawn
// here with sharp, a short testimony WebM made with the npm ffmpeg binary (a colour field and a tone;
// nothing downloaded), WebVTT subtitles in 简体 only (繁 is derived; English is missing on purpose).

export const EXHIBITION_TITLE = '星湖园区影像展';
export const PHOTO_SET_TITLE = '奠基仪式组照';
export const APPROX_TITLE = '早年的稻田';
export const APPROX_CAPTION = '园区建成前的稻田。';
export const VIDEO_TITLE = '老职工讲述创业岁月';
/** Dated text panels spread over the park's years, so the timeline has more than a screenful. */
export const TIMELINE_PANELS = 120;

export const CUES = [
  { from: '00:00:00.000', to: '00:00:02.500', text: '一九九二年，园区在这片稻田上奠基。' },
  { from: '00:00:02.500', to: '00:00:05.000', text: '那时候只有一条土路和几间板房。' },
  { from: '00:00:05.000', to: '00:00:08.000', text: '第一批企业搬进来，我们白天黑夜地干。' },
];

const text = (zh: string, en: string | null = null) => ({ 'zh-CN': zh, 'zh-TW': null, en });

async function upload(api: APIRequestContext, bytes: Buffer, type: string, name: string): Promise<string> {
  const res = await api.post('/api/media', {
    headers: { 'X-Kiosk': '1', 'Content-Type': type, 'X-File-Name': encodeURIComponent(name) },
    data: bytes,
    maxRetries: 1,
  });
  const body = (await res.json()) as { ok: true; value: { id: string } } | { ok: false; error: unknown };
  if (!body.ok) throw new Error(`upload ${name}: ${JSON.stringify(body.error)}`);
  return body.value.id;
}

/** A 1600×1000 picture: a coloured field with a gold disc and a stripe, so zooming shows. */
async function photo(colour: string, n: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <rect width="1600" height="1000" fill="${colour}"/>
    <circle cx="${400 + n * 150}" cy="420" r="180" fill="#f5c65a"/>
    <rect x="0" y="760" width="1600" height="60" fill="#fff8e7"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/** An 8-second 320×180 VP8/Opus WebM. */
function testimonyVideo(dir: string): Buffer {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'testimony.webm');
  execFileSync(
    ffmpeg.path,
    [
      '-y',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      'color=c=0x7a0a1a:s=320x180:d=8:r=15',
      '-f',
      'lavfi',
      '-i',
      'sine=f=330:d=8',
      '-c:v',
      'libvpx',
      '-b:v',
      '150k',
      '-c:a',
      'libopus',
      '-b:a',
      '32k',
      '-shortest',
      file,
    ],
    { stdio: 'ignore' },
  );
  return fs.readFileSync(file);
}

const vtt = () => `WEBVTT\n\n${CUES.map((c) => `${c.from} --> ${c.to}\n${c.text}`).join('\n\n')}\n`;

/** Creates the staff, the media and the exhibition, and has it approved; answers its id. */
export async function publishExhibition(baseURL: string, workDir: string): Promise<number> {
  const admin = await request.newContext({ baseURL });
  await call(admin, 'auth.signIn', { staffNo: 'admin', pin: ADMIN_PIN });
  await call(admin, 'staff.create', { staffNo: 'cur-e2e', name: '策展员', roles: ['curator'], pin: '1357' });
  await call(admin, 'staff.create', { staffNo: 'rev-e2e', name: '审核员', roles: ['reviewer'], pin: '1357' });
  await admin.dispose();

  const curator = await request.newContext({ baseURL });
  await call(curator, 'auth.signIn', { staffNo: 'cur-e2e', pin: '1357' });
  const colours = ['#9e0b22', '#1e4b6b', '#2e6b35', '#6b4a1e'];
  const photos: string[] = [];
  for (const [n, colour] of colours.entries())
    photos.push(await upload(curator, await photo(colour, n), 'image/jpeg', `photo-${n}.jpg`));
  const video = await upload(curator, testimonyVideo(workDir), 'video/webm', 'testimony.webm');

  const panels = Array.from({ length: TIMELINE_PANELS }, (_, n) =>
    exhibit({
      type: 'text',
      title: text(`园区大事记第${n + 1}条`, `Park milestone ${n + 1}`),
      date: `${1992 + (n % 35)}-${String((n % 12) + 1).padStart(2, '0')}`,
      body: text('园区发展的一个瞬间。'),
    }),
  );
  const { id } = await call<{ id: number }>(curator, 'exhibitions.save', {
    title: text(EXHIBITION_TITLE, null),
    subtitle: text('从稻田到科技园', 'From rice fields to a science park'),
    intro: text('这里记录了星湖科技园三十多年的发展历程。', null),
    coverMediaId: photos[0],
    sections: [
      {
        title: text('创业起步', 'The beginning'),
        intro: text('园区奠基与最初的建设。', null),
        period: 'reform',
        exhibits: [
          exhibit({
            type: 'photoSet',
            title: text(PHOTO_SET_TITLE, 'Groundbreaking ceremony'),
            date: '1992-05-18',
            caption: text('1992年5月18日，园区举行奠基仪式。', 'The groundbreaking ceremony, 18 May 1992.'),
            place: text('星湖东岸', 'East shore of Xinghu'),
            people: text('首批建设者', 'The first builders'),
            credit: text('园区档案室', 'Park archives'),
            tags: ['奠基', '1992'],
            media: photos.map((mediaId, n) => ({ mediaId, caption: text(`奠基仪式第${n + 1}张`) })),
          }),
          exhibit({
            type: 'photo',
            title: text(APPROX_TITLE),
            date: '约1990年代',
            caption: text(APPROX_CAPTION),
            media: photos.slice(2, 3).map((mediaId) => ({ mediaId, caption: null })),
            // On the attract screen's rotation once approved.
            highlight: true,
          }),
        ],
      },
      {
        title: text('亲历者说', 'In their words'),
        intro: null,
        period: 'newEra',
        exhibits: [
          exhibit({
            type: 'video',
            title: text(VIDEO_TITLE, 'A veteran remembers'),
            date: '2021',
            caption: text('园区第一代职工回忆创业岁月。'),
            media: [{ mediaId: video, caption: null }],
            subtitles: { 'zh-CN': vtt(), 'zh-TW': null, en: null },
          }),
          ...panels,
        ],
      },
    ],
  });
  await call(curator, 'review.submit', { kind: 'exhibitions.exhibition', id });
  await curator.dispose();

  const reviewer = await request.newContext({ baseURL });
  await call(reviewer, 'auth.signIn', { staffNo: 'rev-e2e', pin: '1357' });
  await call(reviewer, 'review.approve', { kind: 'exhibitions.exhibition', id });
  await reviewer.dispose();
  return id;
}
