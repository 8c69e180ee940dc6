// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnly = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
};

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
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnly,
            { name: 'better-sqlite3', message: 'The renderer has no database; call the API.' },
          ],
          patterns: [
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
      ],
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
);
