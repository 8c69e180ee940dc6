import { describe, expect, it } from 'vitest';
import { ERRORS } from '../../../electron/shared/errors';
import { LANGUAGES } from '../../../electron/shared/languages';
import { indexLocaleFiles, namespacesOf, type LocaleModule } from './locale-files';

// Read from disk, the same files and the same globs the app loads lazily.
const files = indexLocaleFiles({
  ...import.meta.glob<LocaleModule>('./locales/*/*.json', { eager: true }),
  ...import.meta.glob<LocaleModule>('../features/*/locales/*.json', { eager: true }),
});
const namespaces = namespacesOf(files);
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf as `a.b.c` → text; plural forms (`_one`, `_other`) count as one key. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value as Record<string, unknown>, path))
        out.set(k, [...(out.get(k) ?? []), ...v]);
    } else {
      const base = path.replace(PLURAL, '');
      out.set(base, [...(out.get(base) ?? []), String(value)]);
    }
  }
  return out;
}

function keysOf(language: string, namespace: string): Map<string, string[]> {
  const module = files.get(`${language}/${namespace}`);
  return module ? flatten(module.default) : new Map<string, string[]>();
}

const variables = (texts: string[]) =>
  [...new Set(texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1])))].sort();

describe('translations', () => {
  it('finds the shell namespaces', () => {
    expect(namespaces).toEqual(expect.arrayContaining(['common', 'errors', 'keyboard', 'setup', 'staff']));
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const source = keysOf('zh-CN', namespace);

    it.each(LANGUAGES.filter((l) => l !== 'zh-CN'))('has every zh-CN key in %s and no other', (language) => {
      const target = keysOf(language, namespace);
      expect(target.size).toBeGreaterThan(0);
      expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    });

    it.each([...LANGUAGES])('has no empty text and the same variables as zh-CN in %s', (language) => {
      for (const [key, texts] of keysOf(language, namespace)) {
        for (const text of texts) expect(text.trim(), `${language} ${namespace}:${key}`).not.toBe('');
        expect(variables(texts), `${language} ${namespace}:${key}`).toEqual(variables(source.get(key) ?? []));
      }
    });
  });

  it.each([...LANGUAGES])(
    'has a message for every API error code, in its area namespace, in %s',
    (language) => {
      for (const [code, { area }] of ERRORS) {
        const [namespace, key] = area === 'platform' ? ['errors', `codes.${code}`] : [area, `errors.${code}`];
        expect(keysOf(language, namespace).has(key), `${language} ${namespace}:${key}`).toBe(true);
      }
    },
  );
});
