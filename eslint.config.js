import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer rules from docs/design: schema ← rules ← runtime; schema ← editor; schema ← storage;
// ui → everything but server; cli → schema, rules, runtime, server; server → schema, rules, runtime.
// Nothing imports ui; only cli imports server.
const uiLibs = ['react', 'react-dom', 'react-dom/*', '@xyflow/react', '@dnd-kit/*', 'monaco-editor', 'monaco-editor/*', 'dexie'];
const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: uiLibs, message: 'Core layers run in Node: no React, DOM libraries or Dexie.' },
        ...forbidden.map((dir) => ({ group: [`**/${dir}/*`, `**/${dir}`], message: `This layer must not import ${dir}/.` })),
        ...extra,
      ],
    }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', '.baton', 'node_modules', 'public', 'bench/results', 'e2e/artifacts', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(['src/schema/**'], ['rules', 'runtime', 'editor', 'storage', 'ui', 'cli', 'server']),
  layer(['src/rules/**'], ['runtime', 'editor', 'storage', 'ui', 'cli', 'server']),
  layer(['src/runtime/**'], ['editor', 'storage', 'ui', 'cli', 'server']),
  layer(['src/editor/**'], ['runtime', 'storage', 'ui', 'cli', 'server']),
  layer(['src/server/**'], ['editor', 'storage', 'ui', 'cli']),
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/*', '**/server'], message: 'Only the CLI imports the server.' }] }] },
  },
  {
    files: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/rules/*', '**/runtime/*', '**/editor/*', '**/server/*', 'react', '@xyflow/react'], message: 'storage imports schema and dexie only.' }] }] },
  },
  {
    files: ['src/cli/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/ui/*', '**/storage/*', '**/editor/*', ...uiLibs], message: 'cli imports schema, rules and runtime only.' }] }] },
  },
);
