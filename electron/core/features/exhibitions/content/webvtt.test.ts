import { describe, expect, it } from 'vitest';
import { traditionalCues } from './texts';
import { parseVtt, VttError } from '../../../../shared/webvtt';

const SAMPLE = [
  '\uFEFFWEBVTT - 老职工口述',
  '',
  'NOTE 这段不显示',
  '',
  'STYLE',
  '::cue { color: yellow }',
  '',
  '1',
  '00:00:01.000 --> 00:00:04.500 line:90%',
  '<v 王师傅>一九九四年，我们来到这片荒地。',
  '',
  '00:04.500 --> 00:08.000',
  '那时候只有三栋厂房&amp;一条土路。',
  '第二行',
  '',
  '01:00:00,000 --> 01:00:02,000',
  '   ',
].join('\r\n');

function failure(src: string): VttError {
  try {
    parseVtt(src);
  } catch (e) {
    if (e instanceof VttError) return e;
    throw e;
  }
  throw new Error('parsed');
}

describe('WebVTT subtitles', () => {
  it('reads cues with hours or without, settings, identifiers, notes, styles, tags and entities', () => {
    expect(parseVtt(SAMPLE)).toEqual([
      { startS: 1, endS: 4.5, text: '一九九四年，我们来到这片荒地。' },
      { startS: 4.5, endS: 8, text: '那时候只有三栋厂房&一条土路。\n第二行' },
    ]);
  });

  it('derives 繁體 cues with the same times', () => {
    expect(traditionalCues(parseVtt(SAMPLE))).toEqual([
      { startS: 1, endS: 4.5, text: '一九九四年，我們來到這片荒地。' },
      { startS: 4.5, endS: 8, text: '那時候只有三棟廠房&一條土路。\n第二行' },
    ]);
  });

  it.each([
    ['no header', '1\n00:00:01.000 --> 00:00:02.000\n你好', 1, 'header'],
    ['an SRT file', '1\n00:00:01,000 --> 00:00:02,000\n你好', 1, 'header'],
    ['a broken timing line', 'WEBVTT\n\n00:00:01 --> 00:00:02.000\n你好', 3, 'timing'],
    ['a cue without timing', 'WEBVTT\n\n你好\n再见', 4, 'timing'],
    ['an end before the start', 'WEBVTT\n\nx\n00:00:05.000 --> 00:00:02.000\n你好', 4, 'order'],
    ['minutes over 59', 'WEBVTT\n\n00:61:00.000 --> 00:62:00.000\n你好', 3, 'timing'],
    ['no cue at all', 'WEBVTT\n\nNOTE 只有注释\n', 4, 'empty'],
  ] as const)('refuses %s, saying where', (_what, src, line, problem) => {
    expect(failure(src)).toMatchObject({ line, problem });
  });
});
