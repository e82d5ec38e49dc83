// Lint for the whole tree (`npm run lint`). TypeScript files are linted with type information
// (from the three tsconfigs: server and tests and bench, the tab, the bench's baseline page),
// so that rules which catch real bugs can run: a promise nobody awaits, a promise handed to
// something that expects void, a cast the checker already knows is useless. The tab also gets
// the rules of hooks and the accessibility rules, and browser globals instead of Node's.

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/** Browser code: the tab and the bench's empty baseline page. */
const BROWSER = ['src/tab/**', 'bench/tab-empty/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'coverage/**', 'appPackage/build/**', 'data/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only the composition root (src/config.ts) reads the environment.' },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        // Named projects rather than the project service: the same findings in about 60% of the
        // time here (140 s against 227 s, cold). A TypeScript file that no tsconfig includes is
        // an error: add it to one (or a new tsconfig here).
        project: ['./tsconfig.json', './src/tab/tsconfig.json', './bench/tab-empty/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  // The Vite configs belong to no tsconfig (Node code beside browser code): linted without types.
  { files: ['**/vite.config.ts'], ...tseslint.configs.disableTypeChecked },
  {
    files: BROWSER,
    ignores: ['**/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Hooks live in .ts files too (use-resource.ts, use-person-names.ts).
    files: ['src/tab/**/*.ts', 'src/tab/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // useResource(load, deps) is checked like useEffect: deps must name what `load` reads.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useResource$' }],
    },
  },
  { ...jsxA11y.flatConfigs.recommended, files: ['src/tab/**/*.tsx'] },
  { files: ['src/config.ts', 'tests/**', '*.js', '*.mjs'], rules: { 'no-restricted-properties': 'off' } },
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
