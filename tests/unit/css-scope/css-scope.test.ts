import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { demoArea } from '../demo-area/renderer/demo.area';
import { AREAS, type AreaModule } from '../../../renderer/src/features/registry';

/*
 * CSS is scoped per area by prefix (CONVENTIONS.md, habit 18). An area's stylesheets define only classes
 * named after the area: `<id>` or `<id>-…` (`library-scan-line`). They may also name the shell's pieces
 * (`.btn`, `.panel`, `.field`: classes of renderer/src/styles and renderer/src/components), but only
 * inside a selector that holds one of the area's own classes, so that a rule never reaches the shell's
 * screens or another area once its chunk has loaded (`.library-desk .table .btn`, not `.table .btn`).
 *
 * The classes of a library's stylesheet that the area's code imports (react-big-calendar's `.rbc-…`)
 * count as the shell's do: an area may restyle them only under one of its own classes.
 *
 * Which area a folder under features/ belongs to comes from the registry: the folder is named after
 * the area's namespace (`library`) or one of its staff namespaces (`library-desk`). The shell's own
 * stylesheets (styles/, components/, screens/) are exempt.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FEATURES = 'renderer/src/features';
const DEMO_RENDERER = 'tests/unit/demo-area/renderer';

/** The stylesheets under a folder of the repository, with their paths from its root. */
function stylesheets(folder: string): { path: string; css: string }[] {
  const dir = path.join(ROOT, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')))
    .sort()
    .map((p) => ({ path: p, css: fs.readFileSync(path.join(ROOT, p), 'utf8') }));
}

const AREA_CSS = stylesheets(FEATURES);
const DEMO_CSS = stylesheets(DEMO_RENDERER);
const SHELL_CSS = [...stylesheets('renderer/src/styles'), ...stylesheets('renderer/src/components')];

/** The folder under features/ a stylesheet is in. */
const folderOf = (file: string) => file.slice(FEATURES.length + 1).split('/')[0] ?? '';

/** The class names in a selector (attribute values and strings are not classes). */
function classesIn(selector: string): string[] {
  const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/(["']).*?\1/g, '');
  return [...bare.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? '');
}

/** Every selector of every rule, keyframe steps left out. */
function selectorsOf(css: string, file: string): string[] {
  const selectors: string[] = [];
  postcss.parse(css, { from: file }).walkRules((rule) => {
    const parent = rule.parent;
    if (parent?.type === 'atrule' && /keyframes$/i.test((parent as postcss.AtRule).name)) return;
    selectors.push(...rule.selectors);
  });
  return selectors;
}

function classesOfShell(): Set<string> {
  return new Set(SHELL_CSS.flatMap(({ path, css }) => selectorsOf(css, path).flatMap(classesIn)));
}

/** What breaks the rule in one stylesheet of the area `areaId`, one line per class or selector. */
function scopeViolations(css: string, file: string, areaId: string, shell: ReadonlySet<string>): string[] {
  const own = (c: string) => c === areaId || c.startsWith(`${areaId}-`);
  const found: string[] = [];
  for (const selector of selectorsOf(css, file)) {
    const classes = classesIn(selector);
    for (const c of classes.filter((c) => !own(c) && !shell.has(c)))
      found.push(`${file}: .${c} (in "${selector}") must start with "${areaId}-"`);
    if (classes.some((c) => !own(c) && shell.has(c)) && !classes.some(own))
      found.push(`${file}: "${selector}" names only the shell's classes: start it with one of "${areaId}-…"`);
  }
  return found;
}

/** The area a folder under features/ belongs to: the one whose namespace or staff namespaces name it. */
function areaOfFolder(areas: readonly AreaModule[], folder: string): AreaModule | undefined {
  return areas.find((a) => a.namespace === folder || (a.staffNamespaces ?? []).includes(folder));
}

const SHELL = classesOfShell();

/** The classes of the packages' stylesheets (`import 'pkg/….css'`) imported by the code in a folder under features/. */
function libraryClassesOf(folder: string): Set<string> {
  const dir = path.join(ROOT, FEATURES, folder);
  const code = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
  const sheets = [...code.matchAll(/^import '([^.'][^']*\.css)';$/gm)].map((m) => m[1] ?? '');
  return new Set(
    sheets.flatMap((sheet) => {
      const file = path.join(ROOT, 'node_modules', sheet);
      return selectorsOf(fs.readFileSync(file, 'utf8'), file).flatMap(classesIn);
    }),
  );
}

describe('CSS scoped per area', () => {
  it('finds the stylesheets it checks', () => {
    expect(AREA_CSS.length).toBeGreaterThan(5);
    expect(AREA_CSS.every(({ css }) => css.includes('{'))).toBe(true);
    expect(SHELL.has('btn')).toBe(true);
    // The calendar library's classes, which the venue desk restyles under its own.
    expect(libraryClassesOf('venues').has('rbc-event')).toBe(true);
    expect(libraryClassesOf('library').size).toBe(0);
  });

  it('every folder under features/ with a stylesheet belongs to an area', () => {
    const folders = new Set(AREA_CSS.map(({ path }) => folderOf(path)));
    expect([...folders].filter((f) => !areaOfFolder(AREAS, f))).toEqual([]);
  });

  it("every class in an area's stylesheets starts with the area's id", () => {
    const found = AREA_CSS.flatMap(({ path, css }) => {
      const area = areaOfFolder(AREAS, folderOf(path));
      const allowed = new Set([...SHELL, ...libraryClassesOf(folderOf(path))]);
      return area ? scopeViolations(css, path, area.id, allowed) : [];
    });
    expect(found).toEqual([]);
  });

  it("the test area's stylesheets too (tests/unit/demo-area, none yet)", () => {
    expect(DEMO_CSS.flatMap(({ path, css }) => scopeViolations(css, path, demoArea.id, SHELL))).toEqual([]);
  });
});

describe('the rule itself', () => {
  const shell = new Set(['btn', 'panel', 'table']);
  const check = (css: string) => scopeViolations(css, 'x.css', 'library', shell);

  it('passes prefixed classes, the area id itself, and shell classes under an area class', () => {
    expect(
      check(`.library { color: red }
        .library-scan-line, .library-desk .panel > .table { margin: 0 }
        .library-x[data-kind='a.b'] .btn:hover, :root[data-contrast='high'] .library-y { color: red }
        @media (max-width: 10px) { .library-z p { margin: 0 } }
        @keyframes library-spin { from { opacity: 0 } 50% { opacity: 1 } }`),
    ).toEqual([]);
  });

  it('fails an unprefixed class, naming the file and the class', () => {
    expect(check('.scan-line { margin: 0 }')).toEqual([
      'x.css: .scan-line (in ".scan-line") must start with "library-"',
    ]);
    expect(check('.library-a .slip-title, .librarything { margin: 0 }')).toEqual([
      'x.css: .slip-title (in ".library-a .slip-title") must start with "library-"',
      'x.css: .librarything (in ".librarything") must start with "library-"',
    ]);
    expect(check('@media print { .print .library-label { margin: 0 } }')).toEqual([
      'x.css: .print (in ".print .library-label") must start with "library-"',
    ]);
  });

  it("fails a rule about the shell's pieces that no area class anchors", () => {
    expect(check('.panel > .table { margin: 0 }')).toEqual([
      'x.css: ".panel > .table" names only the shell\'s classes: start it with one of "library-…"',
    ]);
  });
});
