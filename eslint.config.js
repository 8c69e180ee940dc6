// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};

// The house's zones, checked on resolved paths (so `../../host` and `electron/host` are the same):
// core runs under either shell and never imports one; the shells never import each other; the shell
// parts of core and of the renderer reach features only through their registries; an area reaches
// another only through links or the shared contract. (The library's three folders are one area.)
const E = './electron';
const R = './renderer/src';
// Each area's folders on one side; an area may span several (the library's desk and office). With
// a single area there is nothing to keep apart yet (and the rule refuses an empty target).
const featureZone = (root, areas) =>
  areas
    .map((folders, i) => ({
      target: areas.filter((_, j) => j !== i).flatMap((other) => other.map((f) => `${root}/features/${f}`)),
      from: folders.map((f) => `${root}/features/${f}`),
      message: 'One area reaches another only through links or its contract in electron/shared.',
    }))
    .filter((zone) => zone.target.length > 0);
const ZONES = [
  {
    target: `${E}/core`,
    from: [`${E}/host`, `${E}/main`, `${E}/preload`, `${E}/start`],
    message: 'Core never imports a shell.',
  },
  {
    target: `${E}/host`,
    from: [`${E}/main`, `${E}/preload`],
    message: 'The HTTP shell and the Electron shell never import each other.',
  },
  {
    target: [`${E}/main`, `${E}/preload`],
    from: `${E}/host`,
    message: 'The HTTP shell and the Electron shell never import each other.',
  },
  {
    target: `${E}/preload`,
    from: [`${E}/core`, `${E}/start`],
    message: 'The preload imports only electron and electron/shared.',
  },
  {
    target: [`${E}/core/*.ts`, `${E}/core/!(features)/**/*`],
    from: `${E}/core/features`,
    except: ['./index.ts'],
    message: 'The platform reaches features only through core/features/index.ts.',
  },
  {
    target: [
      `${R}/app`,
      `${R}/components`,
      `${R}/i18n`,
      `${R}/idle`,
      `${R}/lib`,
      `${R}/screens`,
      `${R}/main.tsx`,
    ],
    from: `${R}/features`,
    except: ['./registry.ts'],
    message: 'The shell reaches areas only through features/registry.ts.',
  },
  ...featureZone(`${E}/core`, [['library', 'library-office']]),
];

// The renderer's import rule; `allowed` names the heavy libraries one folder may take statically,
// `extra` adds that folder's own patterns.
const HEAVY = {
  three: {
    group: ['three', 'three/*'],
    message: 'three.js only under features/tour/scene (its own lazily loaded chunk).',
  },
  charts: {
    regex: '^echarts(/|$)|(^|/)charts/echarts$',
    allowTypeImports: true,
    message: 'ECharts only in components/charts, which loads it with `import()` when a chart first shows.',
  },
};
const rendererImports = (allowed = [], extra = []) => [
  'error',
  {
    paths: [electronOnly, { name: 'better-sqlite3', message: 'The renderer has no database; call the API.' }],
    patterns: [
      ...Object.entries(HEAVY)
        .filter(([name]) => !allowed.includes(name))
        .map(([, pattern]) => pattern),
      ...extra,
      {
        group: [
          '**/electron/core/**',
          '**/electron/main/**',
          '**/electron/host/**',
          '**/electron/preload/**',
          '**/electron/start/**',
          '**/electron/core',
          '**/electron/main',
          '**/electron/host',
        ],
        message: 'The renderer may import only electron/shared.',
      },
      { group: ['node:*'], message: 'The renderer runs in a sandbox without Node.' },
      {
        regex: 'electron/shared(/(index|api|contract|settings|[\\w-]+\\.api))?$',
        allowTypeImports: true,
        message:
          'Only types from modules that build zod schemas; values come from roles, languages, errors or *.types.',
      },
    ],
  },
];

export default tseslint.config(
  // The benchmark's baseline page is typechecked with the renderer (renderer/tsconfig.json).
  {
    ignores: [
      'dist/',
      'release/',
      'node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'tests/bench/empty-app/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The process boundary: the renderer is sandboxed and reaches core only through lib/api.ts.
      // From the contract it takes types, and values only from the modules without zod: building
      // the schemas cost the start about 80 ms (a CPU profile of the home screen's load).
      '@typescript-eslint/no-restricted-imports': rendererImports(),
    },
  },
  {
    files: ['renderer/src/features/tour/scene/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': rendererImports(['three']) },
  },
  {
    files: ['renderer/src/components/charts/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': rendererImports(
        ['charts'],
        [{ regex: '^\\./echarts$', allowTypeImports: true, message: 'Load ECharts with `import()`.' }],
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnly] }] },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      // The contract is shared by both sides: zod and itself, nothing else.
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnly],
          patterns: [{ regex: '^(?!zod$|\\./)', message: 'electron/shared imports only zod and itself.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.tsx'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }] },
  },
  // Data (the demo centre's books) is exempt from the size limit.
  { files: ['electron/core/features/*/demo/**'], rules: { 'max-lines': 'off' } },
);
