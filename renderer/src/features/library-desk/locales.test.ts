import { describe, expect, it } from 'vitest';
import { IMPORT_PROBLEMS, IMPORT_REASONS } from '../../../../electron/shared/library-office.types';
import {
  AUTHOR_ROLES,
  BORROWER_TYPES,
  CLC_CLASSES,
  COPY_STATUSES,
} from '../../../../electron/shared/library.types';

// The shell's test checks that the three files have the same keys; this one that they have a text for
// every value the API can send, so no code or status ever reaches the screen untranslated.
const files = import.meta.glob<{ default: Record<string, Record<string, unknown>> }>('./locales/*.json', {
  eager: true,
});
const read = (lang: string) => files[`./locales/${lang}.json`]?.default ?? {};

function has(tree: Record<string, unknown>, key: string): boolean {
  return key in tree || `${key}_other` in tree;
}

describe.each(['zh-CN', 'zh-TW', 'en'])('the desk in %s', (lang) => {
  const t = read(lang);
  const group = (name: string) => t[name] ?? {};
  const nested = (a: string, b: string) => (group(a)[b] ?? {}) as Record<string, unknown>;

  it('words every import reason and every reason a whole file is refused', () => {
    for (const r of [...IMPORT_REASONS, 'barcode_invalid_row'])
      expect(has(nested('import', 'reasons'), r), r).toBe(true);
    for (const p of IMPORT_PROBLEMS) expect(has(nested('import', 'problems'), p), p).toBe(true);
  });

  it('names every copy status, borrower type, author role and 中图法 class', () => {
    for (const s of COPY_STATUSES) {
      expect(has(group('copyStatus'), s), s).toBe(true);
      expect(has(nested('refusals', 'notLoanable'), s), s).toBe(true);
    }
    for (const b of BORROWER_TYPES) expect(has(group('borrowerTypes'), b), b).toBe(true);
    for (const a of AUTHOR_ROLES) {
      expect(has(group('authorRoles'), a), a).toBe(true);
      expect(has(group('authorRoleAfter'), a), a).toBe(true);
    }
    for (const c of CLC_CLASSES) expect(has(group('clc'), c), c).toBe(true);
  });
});
