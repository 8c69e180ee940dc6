import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../electron/shared/languages';
import { AREAS, linkPathOf, visibleAreas } from '../../../../renderer/src/features/registry';
import { demoArea } from './demo.area';

const here = path.dirname(fileURLToPath(import.meta.url));
const locale = (language: string) =>
  JSON.parse(fs.readFileSync(path.join(here, 'locales', `${language}.json`), 'utf8')) as {
    errors: Record<string, string>;
    audit: { actions: Record<string, string> };
    settings: Record<string, string>;
    counters: Record<string, string>;
  };

/** The renderer side of the test area: one more entry in the area list is all the shell needs. */
describe('the renderer side of an area added through the registry', () => {
  const areas = [...AREAS, demoArea];

  it('shows its tile when core lists it, in core order', () => {
    expect(visibleAreas(areas, ['demo', 'library']).map((a) => a.id)).toEqual(['demo', 'library']);
  });

  it('routes links to its content and to no other kind', () => {
    expect(linkPathOf(areas, { area: 'demo', kind: 'note', id: '7' })).toBe('/areas/demo/notes/7');
    expect(linkPathOf(areas, { area: 'demo', kind: 'room', id: '7' })).toBeNull();
    expect(linkPathOf(areas, { area: 'gone', kind: 'note', id: '7' })).toBeNull();
  });

  it.each([...LANGUAGES])(
    'has its error, audit labels, setting and counter in its namespace in %s',
    (language) => {
      const texts = locale(language);
      expect(texts.errors.demo_note_shouted).toBeTruthy();
      expect(texts.audit.actions.demo_notes_add).toBeTruthy();
      for (const s of demoArea.settings ?? [])
        expect(texts.settings[s.labelKey.split('.')[1] ?? '']).toBeTruthy();
      expect(texts.counters.notes).toContain('{{count}}');
    },
  );
});
