import { describe, expect, it } from 'vitest';
import type { Cue, Exhibit } from '../../../../../electron/shared/exhibitions.types';
import { clock, cueAt, subtitlesFor, transcriptLineAt } from './cues';

// Three sentences with a pause between the second and the third.
const cues: Cue[] = [
  { startS: 0.5, endS: 3, text: '一' },
  { startS: 3, endS: 6.2, text: '二' },
  { startS: 8, endS: 10, text: '三' },
];

describe('the cue of the moment', () => {
  it('is the one whose span holds the time', () => {
    expect(cueAt(cues, 0)).toBe(-1);
    expect(cueAt(cues, 0.5)).toBe(0);
    expect(cueAt(cues, 2.99)).toBe(0);
    // A cue ends where the next begins: the next one wins.
    expect(cueAt(cues, 3)).toBe(1);
    expect(cueAt(cues, 7)).toBe(-1);
    expect(cueAt(cues, 9)).toBe(2);
    expect(cueAt(cues, 10)).toBe(-1);
    expect(cueAt([], 1)).toBe(-1);
  });

  it('stays marked in the transcript through a pause, until the next begins', () => {
    expect(transcriptLineAt(cues, 0)).toBe(-1);
    expect(transcriptLineAt(cues, 7)).toBe(1);
    expect(transcriptLineAt(cues, 8)).toBe(2);
    expect(transcriptLineAt(cues, 99)).toBe(2);
  });

  it('agrees with a plain scan over a long recording', () => {
    const many: Cue[] = Array.from({ length: 2000 }, (_, i) => ({
      startS: i * 3,
      endS: i * 3 + 2.5,
      text: String(i),
    }));
    for (let time = 0; time < 6000; time += 0.37) {
      const scan = many.findIndex((c) => c.startS <= time && time < c.endS);
      expect(cueAt(many, time)).toBe(scan);
    }
  });
});

const exhibit = (en: Cue[] | null): Exhibit => ({
  uid: '00000000-0000-7000-8000-000000000001',
  type: 'video',
  title: { 'zh-CN': '讲述', 'zh-TW': '講述', en: null },
  caption: null,
  body: null,
  date: null,
  place: null,
  people: null,
  credit: null,
  tags: [],
  media: [],
  subtitles: {
    'zh-CN': [{ startS: 0, endS: 1, text: '园区' }],
    'zh-TW': [{ startS: 0, endS: 1, text: '園區' }],
    en,
  },
  links: [],
});

describe('the subtitles of a screen language', () => {
  it('are 简 on a 简 screen and 繁 on a 繁 one', () => {
    expect(subtitlesFor(exhibit(null), 'zh-CN')).toMatchObject({ lang: 'zh-CN', fallback: false });
    expect(subtitlesFor(exhibit(null), 'zh-TW')?.cues[0]?.text).toBe('園區');
  });

  it('are English when given, else 简 with the fallback said', () => {
    expect(subtitlesFor(exhibit([{ startS: 0, endS: 1, text: 'The park' }]), 'en')).toMatchObject({
      lang: 'en',
      fallback: false,
    });
    expect(subtitlesFor(exhibit(null), 'en')).toMatchObject({ lang: 'zh-CN', fallback: true });
    expect(subtitlesFor(exhibit([]), 'en')).toMatchObject({ lang: 'zh-CN', fallback: true });
    expect(subtitlesFor({ ...exhibit(null), subtitles: null }, 'en')).toBeNull();
  });

  it('come with a clock for the player', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(75.9)).toBe('1:15');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(Number.NaN)).toBe('0:00');
  });
});
