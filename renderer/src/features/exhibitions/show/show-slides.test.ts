import { describe, expect, it } from 'vitest';
import type { Exhibit, Exhibition, ShownText } from '../../../../../electron/shared/exhibitions.types';
import type { MediaInfo } from '../../../../../electron/shared/media.types';
import { PAN_MOVES, resumeIndex, slideSeconds, slidesOf } from './show-slides';

const text = (zh: string): ShownText => ({ 'zh-CN': zh, 'zh-TW': zh, en: null });

function media(id: string, kind: MediaInfo['kind']): MediaInfo {
  return { id: id.repeat(64).slice(0, 64), kind, type: `${kind}/x`, bytes: 1, variants: [] };
}

function exhibit(uid: string, type: Exhibit['type'], files: MediaInfo[]): Exhibit {
  return {
    uid,
    type,
    title: text(uid),
    caption: text(`${uid} 说明`),
    body: null,
    date: null,
    place: null,
    people: null,
    credit: null,
    tags: [],
    media: files.map((m) => ({ media: m, caption: null })),
    subtitles: null,
    links: [],
  };
}

function exhibition(uid: string, exhibits: Exhibit[]): Exhibition {
  return {
    id: 1,
    uid,
    title: text(uid),
    subtitle: null,
    cover: null,
    exhibitCount: exhibits.length,
    years: null,
    intro: null,
    sections: [{ uid: `${uid}-s`, title: text('章'), intro: null, period: null, exhibits }],
  };
}

describe('the show', () => {
  const park = exhibition('park', [
    exhibit('set', 'photoSet', [media('a', 'image'), media('b', 'image')]),
    exhibit('talk', 'video', [media('c', 'video')]),
    exhibit('song', 'audio', [media('d', 'audio')]),
    exhibit('panel', 'text', []),
    exhibit('letter', 'document', [media('e', 'image')]),
  ]);

  it('opens each exhibition with its title, then shows every picture, video and text panel, but no recording', () => {
    const slides = slidesOf([park, exhibition('party', [exhibit('flag', 'photo', [media('f', 'image')])])]);
    expect(slides.map((s) => s.kind)).toEqual([
      'title',
      'photo',
      'photo',
      'video',
      'text',
      'photo',
      'title',
      'photo',
    ]);
    expect(new Set(slides.map((s) => s.key)).size).toBe(slides.length);
    const moves = slides.flatMap((s) => (s.kind === 'photo' ? [s.move] : []));
    expect(moves.every((m) => m >= 0 && m < PAN_MOVES)).toBe(true);
  });

  it('gives a photo its own caption, else its exhibit’s', () => {
    const own = exhibit('own', 'photo', [media('g', 'image')]);
    own.media[0] = { media: media('g', 'image'), caption: text('这一张') };
    const [, first] = slidesOf([exhibition('x', [own])]);
    expect(first?.kind === 'photo' && first.caption?.['zh-CN']).toBe('这一张');
    const [, second] = slidesOf([park]);
    expect(second?.kind === 'photo' && second.caption?.['zh-CN']).toBe('set 说明');
  });

  it('comes back to the slide it last showed, and starts over when that slide is gone', () => {
    const slides = slidesOf([park]);
    const video = slides.findIndex((s) => s.kind === 'video');
    expect(resumeIndex(slides, slides[video]?.key ?? null)).toBe(video);
    expect(resumeIndex(slides, 'gone/exhibit')).toBe(0);
    expect(resumeIndex(slides, null)).toBe(0);
  });

  it('keeps photos for the set time and long texts longer, within bounds; a video runs to its end', () => {
    const slides = slidesOf([park]);
    const of = (kind: string) => slides.find((s) => s.kind === kind);
    const photo = of('photo');
    const panel = of('text');
    const video = of('video');
    if (!photo || !panel || !video) throw new Error('missing slides');
    expect(slideSeconds(photo, 12, 0)).toBe(12);
    expect(slideSeconds(panel, 12, 30)).toBe(12);
    expect(slideSeconds(panel, 12, 120)).toBe(20);
    expect(slideSeconds(panel, 12, 4000)).toBe(30);
    expect(slideSeconds(video, 12, 0)).toBe(0);
  });
});
