import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../shared/languages';
import { FEATURES } from './features';

/**
 * The audit log shows every action in words, never a raw id such as `lending.checkout`: each
 * declared write that is audited, and each action a handler names itself, has a label in the
 * namespace of the area that wrote it (the platform's in the shell's `staff` namespace).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function localeOf(area: string, language: string): Record<string, unknown> {
  const file =
    area === 'platform'
      ? path.join(root, 'renderer/src/i18n/locales', language, 'staff.json')
      : path.join(root, 'renderer/src/features', area, 'locales', `${language}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function labelOf(area: string, language: string, action: string): unknown {
  const audit = localeOf(area, language).audit as { actions?: Record<string, unknown> } | undefined;
  return audit?.actions?.[action.replace(/\./g, '_')];
}

/** Actions named in core's source (`action: 'x.y'`), with the area of the folder they are in. */
function namedActions(): [string, string][] {
  const core = path.join(root, 'electron/core');
  const found: [string, string][] = [];
  for (const e of fs.readdirSync(core, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts') || e.name.endsWith('.test.ts')) continue;
    const file = path.join(e.parentPath, e.name);
    const area = /\/features\/([^/]+)\//.exec(file)?.[1] ?? 'platform';
    const owner = area === 'library-office' ? 'library' : area;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/action: '([\w.]+)'/g))
      found.push([owner, m[1] ?? '']);
  }
  return found;
}

describe('audit labels', () => {
  const audited = FEATURES.flatMap((f) =>
    Object.entries(f.api)
      .filter(([, def]) => def.writes && def.writes.audit !== false)
      // A platform service (media) labels its actions in the shell's namespace, like the platform.
      .map(([name]) => [f.area ? f.id : 'platform', name] as [string, string]),
  );
  const all = [...audited, ...namedActions()];

  it('finds the audited actions', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it.each([...LANGUAGES])('labels every audited action in its area namespace in %s', (language) => {
    const missing = all.filter(([area, action]) => typeof labelOf(area, language, action) !== 'string');
    expect(missing).toEqual([]);
  });
});
