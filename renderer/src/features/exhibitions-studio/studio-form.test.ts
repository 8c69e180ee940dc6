import { describe, expect, it } from 'vitest';
import type { DraftExhibition } from '../../../../electron/shared/exhibitions.types';
import {
  bookLink,
  draftOf,
  emptyExhibit,
  emptyForm,
  emptySection,
  fieldOfRefusal,
  exhibitLink,
  formOf,
  LINKS_MAX,
  linkableExhibits,
  missingRequired,
  move,
  moveByKey,
  pathOf,
  splitTags,
  within,
  withLink,
  type ExhibitionForm,
  type FormExhibit,
} from './studio-form';

const SHA = 'a'.repeat(64);
const SHA2 = 'b'.repeat(64);

const saved: DraftExhibition = {
  id: 7,
  title: { 'zh-CN': '星湖岁月', 'zh-TW': null, en: 'Star Lake years' },
  subtitle: null,
  intro: { 'zh-CN': '园区三十年', 'zh-TW': '園區三十年（自訂）', en: null },
  coverMediaId: SHA,
  sections: [
    {
      uid: '018f0000-0000-7000-8000-000000000001',
      title: { 'zh-CN': '奠基', 'zh-TW': null, en: null },
      intro: null,
      period: 'reform',
      exhibits: [
        {
          uid: '018f0000-0000-7000-8000-000000000002',
          type: 'photo',
          title: { 'zh-CN': '奠基仪式', 'zh-TW': null, en: 'Groundbreaking' },
          caption: { 'zh-CN': '第一锹土', 'zh-TW': null, en: null },
          body: null,
          date: '约1994年',
          place: null,
          people: null,
          credit: { 'zh-CN': '园区档案室', 'zh-TW': null, en: 'Park archive' },
          tags: ['奠基', '1994'],
          media: [{ mediaId: SHA2, caption: null }],
          subtitles: null,
          links: [{ area: 'library', kind: 'title', id: '3' }],
          highlight: true,
        },
      ],
    },
  ],
};

describe('the draft and the form', () => {
  it('reads a saved draft into the form and writes the same draft back', () => {
    const form = formOf(saved);
    expect(form.title).toEqual({ 'zh-CN': '星湖岁月', 'zh-TW': '', en: 'Star Lake years' });
    expect(form.subtitle).toEqual({ 'zh-CN': '', 'zh-TW': '', en: '' });
    expect(form.sections[0]?.key).toBe(saved.sections[0]?.uid);
    expect(form.sections[0]?.exhibits[0]?.tags).toBe('奠基、1994');
    expect(form.sections[0]?.exhibits[0]?.highlight).toBe(true);
    expect(draftOf(form)).toEqual(saved);
    // A draft saved before the welcome screen's mark existed reads as not marked.
    const older = saved.sections.map((s) => ({
      ...s,
      exhibits: s.exhibits.map((x) => ({ ...x, highlight: undefined })),
    }));
    const unmarked = formOf({ ...saved, sections: older });
    expect(unmarked.sections[0]?.exhibits[0]?.highlight).toBe(false);
    expect(emptyExhibit().highlight).toBe(false);
  });

  it('trims, leaves 繁 and English null when empty (derived, not written) and an empty optional text null', () => {
    const form: ExhibitionForm = {
      ...emptyForm(),
      title: { 'zh-CN': '  展览  ', 'zh-TW': ' ', en: '' },
      subtitle: { 'zh-CN': '', 'zh-TW': '', en: '  ' },
      intro: { 'zh-CN': '简介', 'zh-TW': '簡介', en: ' Intro ' },
    };
    const draft = draftOf(form);
    expect(draft.id).toBeUndefined();
    expect(draft.title).toEqual({ 'zh-CN': '展览', 'zh-TW': null, en: null });
    expect(draft.subtitle).toBeNull();
    expect(draft.intro).toEqual({ 'zh-CN': '简介', 'zh-TW': '簡介', en: 'Intro' });
  });

  it('gives new sections and exhibits no uid (the core makes them) but keys of their own', () => {
    const s = emptySection();
    const x = emptyExhibit('text');
    const other = emptyExhibit('text');
    expect(x.key).not.toBe(other.key);
    const form: ExhibitionForm = {
      ...emptyForm(),
      title: { 'zh-CN': '展', 'zh-TW': '', en: '' },
      sections: [{ ...s, title: { 'zh-CN': '章', 'zh-TW': '', en: '' }, exhibits: [x] }],
    };
    const section = draftOf(form).sections[0];
    expect(section && 'uid' in section).toBe(false);
    expect(section?.exhibits[0] && 'uid' in section.exhibits[0]).toBe(false);
    expect(section?.exhibits[0]?.date).toBeNull();
  });

  it('splits tags at commas and 、, dropping blanks and repeats', () => {
    expect(splitTags('奠基、 1994 ,，奠基;;  ')).toEqual(['奠基', '1994']);
    expect(splitTags('')).toEqual([]);
  });
});

const VTT =
  'WEBVTT\n\n00:00:00.000 --> 00:00:02.500\n一九九二年\n\n00:00:02.500 --> 00:00:05.000\n土路和板房\n';
const VIDEO_UID = '018f0000-0000-7000-8000-000000000003';

/** The saved draft with a second exhibit: a video with 简体 and English subtitles and no links. */
const withVideo: DraftExhibition = {
  ...saved,
  sections: saved.sections.map((s) => ({
    ...s,
    exhibits: [
      ...s.exhibits,
      {
        uid: VIDEO_UID,
        type: 'video',
        title: { 'zh-CN': '口述', 'zh-TW': null, en: null },
        caption: null,
        body: null,
        date: null,
        place: null,
        people: null,
        credit: null,
        tags: [],
        media: [],
        subtitles: { 'zh-CN': VTT, 'zh-TW': null, en: 'WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n' },
        links: [],
        highlight: false,
      },
    ],
  })),
};

describe('links and subtitles', () => {
  const exhibitAt = (form: ExhibitionForm, j: number): FormExhibit => {
    const x = form.sections[0]?.exhibits[j];
    if (!x) throw new Error(`no exhibit ${j}`);
    return x;
  };
  const edit = (form: ExhibitionForm, j: number, patch: Partial<FormExhibit>): ExhibitionForm => ({
    ...form,
    sections: form.sections.map((s, i) =>
      i === 0 ? { ...s, exhibits: s.exhibits.map((x, k) => (k === j ? { ...x, ...patch } : x)) } : s,
    ),
  });

  it('keeps links and subtitles from load to save', () => {
    const form = formOf(withVideo);
    expect(exhibitAt(form, 0).links).toEqual([{ area: 'library', kind: 'title', id: '3' }]);
    expect(exhibitAt(form, 1).subtitles).toEqual({
      'zh-CN': VTT,
      'zh-TW': '',
      en: 'WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n',
    });
    // The WebVTT is trimmed at its ends, as every text is; its lines are kept.
    const draft = draftOf(form);
    expect(draft.sections[0]?.exhibits[1]?.subtitles).toEqual({
      'zh-CN': VTT.trim(),
      'zh-TW': null,
      en: 'WEBVTT\n\n00:01.000 --> 00:02.000\nHello',
    });
    expect(draft.sections[0]?.exhibits[0]?.links).toEqual(saved.sections[0]?.exhibits[0]?.links);
  });

  it('adds a book and an exhibit link, once each, and removes one', () => {
    const form = formOf(withVideo);
    let links = withLink(exhibitAt(form, 1).links, bookLink(12));
    links = withLink(links, exhibitLink('018f0000-0000-7000-8000-000000000002'));
    links = withLink(links, bookLink(12));
    expect(links).toEqual([
      { area: 'library', kind: 'title', id: '12' },
      { area: 'exhibitions', kind: 'exhibit', id: '018f0000-0000-7000-8000-000000000002' },
    ]);
    const edited = edit(form, 1, { links });
    expect(draftOf(edited).sections[0]?.exhibits[1]?.links).toEqual(links);
    const removed = edit(edited, 1, { links: links.slice(1) });
    expect(draftOf(removed).sections[0]?.exhibits[1]?.links).toEqual([
      { area: 'exhibitions', kind: 'exhibit', id: '018f0000-0000-7000-8000-000000000002' },
    ]);
    // No more than the save takes.
    const many = Array.from({ length: LINKS_MAX }, (_, i) => bookLink(i + 1));
    expect(withLink(many, bookLink(999))).toHaveLength(LINKS_MAX);
  });

  it('offers the saved exhibits of the exhibition as link targets, not the exhibit itself nor a new one', () => {
    const form = formOf(withVideo);
    const fresh = { ...emptyExhibit('text'), title: { 'zh-CN': '新展品', 'zh-TW': '', en: '' } };
    const withNew: ExhibitionForm = {
      ...form,
      sections: form.sections.map((s) => ({ ...s, exhibits: [...s.exhibits, fresh] })),
    };
    expect(linkableExhibits(withNew, exhibitAt(form, 1).key)).toEqual([
      { uid: '018f0000-0000-7000-8000-000000000002', title: '奠基仪式' },
    ]);
    expect(linkableExhibits(withNew, fresh.key).map((x) => x.uid)).toEqual([
      '018f0000-0000-7000-8000-000000000002',
      VIDEO_UID,
    ]);
  });

  it('pastes subtitles, removes them, and sends none for an exhibit that does not play', () => {
    const form = formOf(withVideo);
    const pasted = edit(form, 1, { subtitles: { 'zh-CN': VTT, 'zh-TW': '', en: '' } });
    expect(draftOf(pasted).sections[0]?.exhibits[1]?.subtitles).toEqual({
      'zh-CN': VTT.trim(),
      'zh-TW': null,
      en: null,
    });
    const removed = edit(form, 1, { subtitles: { 'zh-CN': '', 'zh-TW': ' ', en: '' } });
    expect(draftOf(removed).sections[0]?.exhibits[1]?.subtitles).toBeNull();
    // Turned into a text panel: the subtitles stay in the form (turning back keeps them) but are not sent.
    const panel = edit(form, 1, { type: 'text' });
    expect(draftOf(panel).sections[0]?.exhibits[1]?.subtitles).toBeNull();
    expect(draftOf(edit(panel, 1, { type: 'audio' })).sections[0]?.exhibits[1]?.subtitles?.['zh-CN']).toBe(
      VTT.trim(),
    );
  });

  it('needs 简体 subtitles when 繁體 or English ones are given', () => {
    const form = edit(formOf(withVideo), 1, { subtitles: { 'zh-CN': ' ', 'zh-TW': '', en: VTT } });
    expect(missingRequired(form)).toEqual(['sections.0.exhibits.1.subtitles.zh-CN']);
    // Not for a photo, which sends none.
    expect(missingRequired(edit(form, 1, { type: 'photo' }))).toEqual([]);
  });

  it('puts a refusal of the subtitles beside the language the core names', () => {
    const form = formOf(withVideo);
    expect(
      fieldOfRefusal(form, 'subtitles_unreadable', {
        exhibit: '口述',
        language: 'en',
        line: 3,
        problem: 'timing',
      }),
    ).toBe('sections.0.exhibits.1.subtitles.en');
    expect(fieldOfRefusal(form, 'subtitles_not_playable', { exhibit: '口述' })).toBe(
      'sections.0.exhibits.1.subtitles',
    );
  });
});

describe('reordering', () => {
  const list = ['a', 'b', 'c', 'd'];
  it('moves up, down and to either end, clamped', () => {
    expect(move(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(move(list, 0, 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(move(list, 3, -5)).toEqual(['d', 'a', 'b', 'c']);
    expect(move(list, 1, 1)).toEqual(list);
    expect(move(list, 9, 0)).toEqual(list);
  });

  it('moves by keys as a drag ends, leaving the list alone for an unknown key', () => {
    const items = list.map((key) => ({ key }));
    expect(moveByKey(items, 'd', 'b').map((x) => x.key)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveByKey(items, 'a', 'c').map((x) => x.key)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveByKey(items, 'zz', 'c').map((x) => x.key)).toEqual(list);
  });

  it('does not change the list it was given', () => {
    const items = [...list];
    move(items, 0, 2);
    expect(items).toEqual(list);
  });
});

describe('which field a problem belongs to', () => {
  const form = formOf(saved);

  it('names every required 简体 text left empty', () => {
    const blank = formOf(saved);
    blank.title['zh-CN'] = ' ';
    const x = blank.sections[0]?.exhibits[0];
    if (x) x.title['zh-CN'] = '';
    blank.sections.push(emptySection());
    expect(missingRequired(blank)).toEqual(['title', 'sections.0.exhibits.0.title', 'sections.1.title']);
    expect(missingRequired(form)).toEqual([]);
  });

  it('reads an input issue path as a field path', () => {
    expect(pathOf(['sections', 0, 'exhibits', 1, 'title', 'en'])).toBe('sections.0.exhibits.1.title.en');
  });

  it('finds the exhibit a refusal names, by its title and what it is about', () => {
    expect(fieldOfRefusal(form, 'exhibit_date_unreadable', { exhibit: '奠基仪式', date: '约1994年' })).toBe(
      'sections.0.exhibits.0.date',
    );
    expect(fieldOfRefusal(form, 'exhibit_media_missing', { exhibit: '奠基仪式', mediaId: SHA2 })).toBe(
      'sections.0.exhibits.0.media',
    );
    expect(fieldOfRefusal(form, 'exhibit_media_missing', { exhibit: '星湖岁月', mediaId: SHA })).toBe(
      'coverMediaId',
    );
    expect(fieldOfRefusal(form, 'exhibit_date_unreadable', { exhibit: '别的展品', date: 'x' })).toBeNull();
    expect(fieldOfRefusal(form, 'exhibit_uid_taken', { uid: 'x' })).toBeNull();
  });

  it('tells whether a path lies inside a part of the form', () => {
    expect(within('sections.1.exhibits.0.date', 'sections.1')).toBe(true);
    expect(within('sections.10.title', 'sections.1')).toBe(false);
    expect(within('sections.1', 'sections.1')).toBe(true);
  });
});
