import type { Cue } from '../../../../shared/exhibitions.types';
import type { DemoExhibitSource } from './demo-types';
import type { SceneSpec } from './scenes';

// A veteran employee's short testimony (a fictional person: the demo says so on screen and in the
// caption). Drawn stills with a slow pan, a quiet tone bed, subtitles in 简体 and English.

export const TESTIMONY_FILE = 'xh-voice-zhou-xiulan.webm';
export const TESTIMONY_VTT_ZH = 'xh-voice-zhou-xiulan.zh-CN.vtt';
export const TESTIMONY_VTT_EN = 'xh-voice-zhou-xiulan.en.vtt';

/** Seconds each still is shown; the video is their sum. */
export const STILL_SECONDS = 7.5;

export const testimonyStills: readonly SceneSpec[] = [
  { kind: 'portrait', palette: 'faded', seed: 901, label: '口述 · 老职工周秀兰（虚构人物）', sign: '周秀兰' },
  { kind: 'workshop', palette: 'sepia', seed: 902, label: '1994 · 星湖电机厂装配车间' },
  { kind: 'serviceCentre', palette: 'colour', seed: 903, label: '2016 · 园区党群服务中心' },
  { kind: 'lakeside', palette: 'dusk', seed: 904, label: '今天的星湖 · 演示视频' },
];

export const testimonyCues: { 'zh-CN': Cue[]; en: Cue[] } = {
  'zh-CN': [
    { startS: 0.5, endS: 4.0, text: '我叫周秀兰，1994年进的园区。' },
    { startS: 4.0, endS: 7.5, text: '那时候这里还是湖边的一片田。' },
    { startS: 8.0, endS: 11.5, text: '我在电机厂装配线上，一干就是十几年。' },
    { startS: 11.5, endS: 15.0, text: '夏天车间热，大家轮流去湖边打凉水。' },
    { startS: 15.5, endS: 19.0, text: '后来园区有了党群服务中心，' },
    { startS: 19.0, endS: 22.5, text: '我们退休职工也常去那里看书、聊天。' },
    { startS: 23.0, endS: 26.5, text: '看着园区一点点长大，心里很踏实。' },
    { startS: 26.5, endS: 29.5, text: '（演示内容：人物与讲述均为虚构）' },
  ],
  en: [
    { startS: 0.5, endS: 4.0, text: 'My name is Zhou Xiulan. I came to the park in 1994.' },
    { startS: 4.0, endS: 7.5, text: 'Back then this was farmland by the lake.' },
    { startS: 8.0, endS: 11.5, text: 'I worked on the motor factory’s assembly line for over ten years.' },
    { startS: 11.5, endS: 15.0, text: 'The workshop was hot in summer; we took turns fetching cool water.' },
    { startS: 15.5, endS: 19.0, text: 'Later the park opened its Party and community service centre,' },
    { startS: 19.0, endS: 22.5, text: 'and we retirees often go there to read and chat.' },
    { startS: 23.0, endS: 26.5, text: 'Watching the park grow bit by bit gives me peace of mind.' },
    { startS: 26.5, endS: 29.5, text: '(Demo content: the person and her account are fictional)' },
  ],
};

export const testimonyExhibit: DemoExhibitSource = {
  uid: 'xh-voice-zhou-xiulan',
  type: 'video',
  title: ['口述：老职工周秀兰', 'Oral history: veteran employee Zhou Xiulan'],
  caption: [
    '演示视频：由示意插画与字幕合成，人物为虚构，声音为合成的背景音。',
    'Demo video made of illustrations and subtitles; the person is fictional and the sound a generated tone.',
  ],
  date: '2026-03',
  place: ['星湖科技园党群服务中心', 'Xinghu Science Park service centre'],
  people: ['周秀兰（虚构人物，1994年入园的装配工）', 'Zhou Xiulan (fictional; assembly worker from 1994)'],
  credit: ['红驿演示内容 · 示意视频', 'Hongyi demo content · illustrative video'],
  tags: ['口述历史', '老职工', '视频'],
  pictures: [],
};
