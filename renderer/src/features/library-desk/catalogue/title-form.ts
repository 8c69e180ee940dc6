import type { AuthorRole, ClcClass, Title } from '../../../../../electron/shared/library.api';
import { normaliseIsbn } from '../../../../../electron/shared/library.types';
import { MEDIA_ID } from '../../../../../electron/shared/media.types';

/** A title as the form holds it: every field as typed, so a half-filled form can be saved as a draft. */
export interface TitleDraft {
  title: string;
  subtitle: string;
  isbn: string;
  authors: AuthorDraft[];
  publisher: string;
  year: string;
  edition: string;
  pages: string;
  clc: ClcClass | '';
  callNumber: string;
  summary: string;
  tags: string;
  /** The cover photo's media id, once uploaded. */
  cover: string | null;
}

export interface AuthorDraft {
  name: string;
  role: AuthorRole;
  /** Without brackets: 美 for 〔美〕. */
  nationality: string;
}

export const EMPTY_TITLE: TitleDraft = {
  title: '',
  subtitle: '',
  isbn: '',
  authors: [{ name: '', role: 'author', nationality: '' }],
  publisher: '',
  year: '',
  edition: '',
  pages: '',
  clc: '',
  callNumber: '',
  summary: '',
  tags: '',
  cover: null,
};

export function draftOf(title: Title): TitleDraft {
  return {
    title: title.title,
    subtitle: title.subtitle ?? '',
    isbn: title.isbn ?? '',
    authors: title.authors.map((a) => ({ name: a.name, role: a.role, nationality: a.nationality ?? '' })),
    publisher: title.publisher ?? '',
    year: title.year === null ? '' : String(title.year),
    edition: title.edition ?? '',
    pages: title.pages === null ? '' : String(title.pages),
    clc: title.clc ?? '',
    callNumber: title.callNumber ?? '',
    summary: title.summary ?? '',
    tags: title.tags.join('、'),
    // A cover from before the media store (a path that never led anywhere) is dropped on save.
    cover: title.cover !== null && MEDIA_ID.test(title.cover) ? title.cover : null,
  };
}

/** What `titles.create` and `titles.update` take from the form. */
export interface TitleInput {
  title: string;
  subtitle: string | null;
  isbn: string | null;
  authors: { name: string; role: AuthorRole; nationality: string | null }[];
  publisher: string | null;
  year: number | null;
  edition: string | null;
  pages: number | null;
  clc: ClcClass | null;
  callNumber: string | null;
  summary: string | null;
  tags: string[];
  cover: string | null;
}

export type TitleProblem = 'required' | 'isbn' | 'year' | 'pages';

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function whole(raw: string, min: number, max: number): number | null | 'bad' {
  if (raw.trim() === '') return null;
  if (!/^\d+$/.test(raw.trim())) return 'bad';
  const n = Number(raw.trim());
  return n >= min && n <= max ? n : 'bad';
}

/** Tags typed in one field, separated the ways people separate words in Chinese and English. */
export function splitTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[,，、;；\s]+/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

/**
 * The form checked as the API will check it, so that the librarian sees every problem at once,
 * next to its field, before anything is sent. Authors without a name are left out.
 */
export function titleInputOf(
  draft: TitleDraft,
):
  { ok: true; input: TitleInput } | { ok: false; problems: Partial<Record<keyof TitleDraft, TitleProblem>> } {
  const problems: Partial<Record<keyof TitleDraft, TitleProblem>> = {};
  if (draft.title.trim() === '') problems.title = 'required';
  const isbn = draft.isbn.trim() === '' ? null : normaliseIsbn(draft.isbn);
  if (draft.isbn.trim() !== '' && isbn === null) problems.isbn = 'isbn';
  const year = whole(draft.year, 1800, 2100);
  if (year === 'bad') problems.year = 'year';
  const pages = whole(draft.pages, 1, 100_000);
  if (pages === 'bad') problems.pages = 'pages';
  if (Object.keys(problems).length > 0 || year === 'bad' || pages === 'bad') return { ok: false, problems };
  return {
    ok: true,
    input: {
      title: draft.title.trim(),
      subtitle: orNull(draft.subtitle),
      isbn,
      authors: draft.authors
        .filter((a) => a.name.trim() !== '')
        .map((a) => ({
          name: a.name.trim(),
          role: a.role,
          nationality: orNull(a.nationality.replace(/[〔〕[\]()（）]/g, '')),
        })),
      publisher: orNull(draft.publisher),
      year,
      edition: orNull(draft.edition),
      pages,
      clc: draft.clc === '' ? null : draft.clc,
      callNumber: orNull(draft.callNumber),
      summary: orNull(draft.summary),
      tags: splitTags(draft.tags),
      // A draft saved before covers existed has none.
      cover: draft.cover ?? null,
    },
  };
}
