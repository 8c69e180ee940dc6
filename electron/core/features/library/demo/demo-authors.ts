import type { DemoAuthor } from './demo-types';

// Short builders keep the catalogue files readable as a list of books: by('埃德加·斯诺', '美'), tr('董乐山').

/** 著: the author, a person or a body (中共中央党史研究室, 本书编写组). */
export const by = (name: string, nationality?: string): DemoAuthor =>
  nationality === undefined ? { name, role: 'author' } : { name, role: 'author', nationality };

/** 编 */
export const ed = (name: string): DemoAuthor => ({ name, role: 'editor' });

/** 主编 */
export const chief = (name: string): DemoAuthor => ({ name, role: 'chief_editor' });

/** 编著 */
export const comp = (name: string): DemoAuthor => ({ name, role: 'compiler' });

/** 译 */
export const tr = (name: string): DemoAuthor => ({ name, role: 'translator' });

/** 整理, 口述整理 and the like. */
export const other = (name: string): DemoAuthor => ({ name, role: 'other' });
