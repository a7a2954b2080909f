// Lint as the Lit ecosystem does: ESLint's and typescript-eslint's recommended rules, Lit's
// template rules (eslint-plugin-lit), accessibility in templates (eslint-plugin-lit-a11y) and
// custom-element rules (eslint-plugin-wc). `npm run lint` runs it with zero warnings allowed;
// a disable comment must say why (a `--` description), which eslint-comments enforces.
// (It lives here, not at the top level, because the top level of the repository is fixed.)
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts', 'src/e2e/**', 'src/bench/**', 'src/tools/**'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    rules: {
      // Lit's own attribute-binding rules; a boolean property reflected as an attribute is ours to name.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['src/**/*.browser.test.ts', 'src/bench/pages/**', 'src/e2e/pages/**', 'src/e2e/react-page/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'vite.config.ts', 'src/tools/**', 'src/e2e/*.ts', 'src/**/*.node.test.ts', 'src/**/*.e2e.test.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The benchmark runs in node and hands functions to the pages it drives (page.evaluate).
    files: ['src/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  comments.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/disable-enable-pair': ['error', { allowWholeFile: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description', minimumDescriptionLength: 10 }],
    },
  },
);
