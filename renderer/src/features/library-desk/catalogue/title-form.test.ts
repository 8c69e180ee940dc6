import { describe, expect, it } from 'vitest';
import type { Title } from '../../../../../electron/shared/library.api';
import { draftOf, EMPTY_TITLE, splitTags, titleInputOf } from './title-form';

/** A title as the API answers it. */
const SAVED: Title = {
  id: 1,
  isbn: '9780306406157',
  title: '红星照耀中国',
  subtitle: null,
  authors: [{ name: '埃德加·斯诺', role: 'author', nationality: '美' }],
  publisher: '人民文学出版社',
  year: 2016,
  clc: 'K',
  cover: null,
  copiesIn: 1,
  copiesTotal: 1,
  loanCount: 0,
  edition: null,
  pages: 388,
  callNumber: 'K265/2',
  summary: null,
  tags: ['纪实', '长征'],
  addedAt: '',
  updatedAt: '',
};

describe('the title form', () => {
  it('asks for the title and checks ISBN, year and pages before sending', () => {
    const result = titleInputOf({ ...EMPTY_TITLE, isbn: '978-7-02-00586', year: '20221', pages: '0' });
    expect(result).toEqual({
      ok: false,
      problems: { title: 'required', isbn: 'isbn', year: 'year', pages: 'pages' },
    });
  });

  it('sends an ISBN-10 with hyphens as its 13 digits, and leaves out authors without a name', () => {
    const result = titleInputOf({
      ...EMPTY_TITLE,
      title: ' 红星照耀中国 ',
      isbn: '0-306-40615-2',
      year: '2016',
      authors: [
        { name: '埃德加·斯诺', role: 'author', nationality: '〔美〕' },
        { name: '  ', role: 'translator', nationality: '' },
      ],
      tags: '纪实、长征，红军  1936',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      title: '红星照耀中国',
      isbn: '9780306406157',
      year: 2016,
      pages: null,
      subtitle: null,
      authors: [{ name: '埃德加·斯诺', role: 'author', nationality: '美' }],
      tags: ['纪实', '长征', '红军', '1936'],
    });
  });

  it('turns a saved title back into the same input', () => {
    const title = SAVED;
    const result = titleInputOf(draftOf(title));
    expect(result).toEqual({
      ok: true,
      input: {
        title: title.title,
        subtitle: null,
        isbn: title.isbn,
        authors: title.authors,
        publisher: title.publisher,
        year: 2016,
        edition: null,
        pages: 388,
        clc: 'K',
        callNumber: 'K265/2',
        summary: null,
        tags: title.tags,
        cover: null,
      },
    });
  });

  it('keeps a cover photo, and drops a cover that was never a stored picture', () => {
    const photo = 'a1'.repeat(32);
    const title = { ...EMPTY_TITLE, title: '红岩' };
    const kept = titleInputOf({ ...title, cover: photo });
    expect(kept.ok && kept.input.cover).toBe(photo);
    expect(draftOf({ ...SAVED, cover: photo }).cover).toBe(photo);
    expect(draftOf({ ...SAVED, cover: 'covers/12.jpg' }).cover).toBeNull();
  });

  it('splits tags on the separators people type, once each', () => {
    expect(splitTags('党史，党史、 学习;教育')).toEqual(['党史', '学习', '教育']);
    expect(splitTags('  ')).toEqual([]);
  });
});
