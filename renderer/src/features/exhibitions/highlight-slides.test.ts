// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ExhibitHighlight } from '../../../../electron/shared/exhibitions.types';
import type { MediaInfo } from '../../../../electron/shared/media.types';
import { slideOf, slidePicture } from './highlight-slides';

const UID = '018f0000-0000-7000-8000-000000000002';
const photo: MediaInfo = {
  id: 'a'.repeat(64),
  kind: 'image',
  type: 'image/jpeg',
  bytes: 1000,
  variants: ['thumb', 'screen'],
};

const pick: ExhibitHighlight = {
  exhibitionId: 3,
  exhibitUid: UID,
  type: 'photo',
  title: { 'zh-CN': '园区大门落成', 'zh-TW': '園區大門落成', en: null },
  caption: { 'zh-CN': '五个字由老同志题写。', 'zh-TW': '五個字由老同志題寫。', en: 'Written by a veteran.' },
  exhibitionTitle: { 'zh-CN': '湖畔三十年', 'zh-TW': '湖畔三十年', en: 'Thirty Years' },
  picture: photo,
};

describe("the curators' picks as attract-screen slides", () => {
  it('reads the texts in the screen language and opens the exhibit', () => {
    expect(slideOf(pick, 'zh-TW')).toEqual({
      id: UID,
      title: '園區大門落成',
      text: '五個字由老同志題寫。',
      picture: `/media/${photo.id}/screen`,
      path: `/areas/exhibitions/3/exhibits/${UID}`,
    });
  });

  it('says which words fall back to 简体 on an English screen', () => {
    const slide = slideOf(pick, 'en');
    expect(slide).toMatchObject({ title: '园区大门落成', titleLang: 'zh-CN', text: 'Written by a veteran.' });
    expect(slide.textLang).toBeUndefined();
  });

  it("without a caption shows the exhibition's title", () => {
    expect(slideOf({ ...pick, caption: null }, 'zh-CN').text).toBe('湖畔三十年');
  });

  it('shows a screen-size picture, a video still, or none', () => {
    expect(slidePicture(null)).toBeNull();
    expect(slidePicture({ ...photo, variants: [] })).toBe(`/media/${photo.id}`);
    const video: MediaInfo = { ...photo, kind: 'video', type: 'video/webm', variants: ['poster', 'thumb'] };
    expect(slidePicture(video)).toBe(`/media/${photo.id}/poster`);
    expect(slidePicture({ ...video, variants: [] })).toBeNull();
  });
});
