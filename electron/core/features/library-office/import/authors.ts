import type { Author, AuthorRole } from '../../../../shared/library.api';

/**
 * Statements of responsibility as Chinese catalogues write them: `〔美〕埃德加·斯诺 著`,
 * `毛泽东著`, `张三，李四 主编`, `本书编写组 编; 王五 译`. The words are those of GB/T 3792.
 */
const ROLE_WORDS: [string, AuthorRole][] = [
  ['总主编', 'chief_editor'],
  ['主编', 'chief_editor'],
  ['编著', 'compiler'],
  ['编写', 'editor'],
  ['编选', 'editor'],
  ['选编', 'editor'],
  ['编辑', 'editor'],
  ['编纂', 'editor'],
  ['合译', 'translator'],
  ['翻译', 'translator'],
  ['译注', 'translator'],
  ['编译', 'translator'],
  ['绘画', 'illustrator'],
  ['插图', 'illustrator'],
  ['撰写', 'author'],
  ['著述', 'author'],
  ['口述', 'other'],
  ['整理', 'other'],
  ['其他', 'other'],
  ['著', 'author'],
  ['撰', 'author'],
  ['编', 'editor'],
  ['辑', 'editor'],
  ['译', 'translator'],
  ['绘', 'illustrator'],
];

/** The word written after a name for each role (what {@link formatAuthors} writes back). */
const ROLE_TEXT: Record<AuthorRole, string> = {
  author: '著',
  chief_editor: '主编',
  editor: '编',
  compiler: '编著',
  translator: '译',
  illustrator: '绘',
  other: '其他',
};

const NATIONALITY = /^\s*[〔[【（(]\s*([^〕\]】）)]{1,10}?)\s*[〕\]】）)]\s*/;

interface Part {
  name: string;
  role: AuthorRole | null;
  nationality: string | null;
}

function parsePart(raw: string): Part | null {
  let s = raw.trim();
  let nationality: string | null = null;
  const nat = NATIONALITY.exec(s);
  if (nat) {
    nationality = nat[1]?.trim() ?? null;
    s = s.slice(nat[0].length);
  }
  let role: AuthorRole | null = null;
  for (const [word, r] of ROLE_WORDS) {
    // `张三 著` or `张三著`; the name that is left must still be a name (two characters at least).
    if (s.endsWith(word) && s.length - word.length >= 2) {
      role = r;
      s = s.slice(0, -word.length).trim();
      break;
    }
  }
  s = s.replace(/\s*等$/, '').trim();
  return s === '' ? null : { name: s, role, nationality };
}

/**
 * The authors of one cell. A role written once after several names applies to all of them
 * (`张三，李四 主编`); a name with no role at all is an author.
 */
export function parseAuthors(raw: string): Author[] {
  const parts = raw
    .split(/[;；,，、/|]|\s{2,}/)
    .map(parsePart)
    .filter((p): p is Part => p !== null);
  let following: AuthorRole = 'author';
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i] as Part;
    if (p.role === null) p.role = following;
    else following = p.role;
  }
  return parts.map((p) => ({ name: p.name, role: p.role ?? 'author', nationality: p.nationality }));
}

/** The inverse of {@link parseAuthors}: `〔美〕埃德加·斯诺 著; 李四 译`. */
export function formatAuthors(authors: readonly Author[]): string {
  return authors
    .map((a) => `${a.nationality ? `〔${a.nationality}〕` : ''}${a.name} ${ROLE_TEXT[a.role]}`)
    .join('; ');
}
