// Lint rules for the whole project (ESLint flat config): typescript-eslint's recommended rules, the rules of
// React hooks, and the module boundaries of docs/ARCHITECTURE.md: the pure folders (atlas, anatomy, geometry,
// model, quiz, search, mapping, urlState, modelFile, sceneState) never import React, React Three Fiber, drei or the app's scene,
// store and panels.
import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

/** Imports a pure module may not make (docs/ARCHITECTURE.md). */
export const PURE_FOLDER_RESTRICTIONS = {
  paths: [
    { name: 'react', message: 'pure modules (docs/ARCHITECTURE.md) have no React' },
    { name: 'react-dom', message: 'pure modules (docs/ARCHITECTURE.md) have no React' },
    { name: '@react-three/fiber', message: 'pure modules (docs/ARCHITECTURE.md) have no scene code' },
    { name: '@react-three/drei', message: 'pure modules (docs/ARCHITECTURE.md) have no scene code' },
    { name: 'zustand', message: 'pure modules (docs/ARCHITECTURE.md) do not reach into the store' },
  ],
  patterns: [
    {
      group: ['**/viewer/**', '**/features/**', '**/store/**', '**/app/**', '*.tsx', '**/*.tsx'],
      message: 'pure modules (docs/ARCHITECTURE.md) do not import the app, its store, scene or panels',
    },
  ],
}

export const PURE_FOLDERS = [
  'atlas',
  'anatomy',
  'geometry',
  'model',
  'quiz',
  'search',
  'mapping',
  'urlState',
  'modelFile',
  'sceneState',
  'lessons',
]

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/schema/**', 'dev-dist/**', 'bench/.build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // tests build deliberately broken atlas and map records by hand
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: PURE_FOLDERS.map((folder) => `src/${folder}/**/*.ts`),
    rules: { 'no-restricted-imports': ['error', PURE_FOLDER_RESTRICTIONS] },
  },
)
