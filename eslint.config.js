// The house rules of where code runs, checked by `npm test` (`npm run lint`). Only layering is
// enforced here; formatting and style are left to review. Type-only imports are allowed across layers:
// they carry no code.
import tseslint from 'typescript-eslint';

const restrictImports = (patterns) => ['error', { patterns: patterns.map((p) => ({ ...p, allowTypeImports: true })) }];
const restrictGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];

/** Side effects a pure module must not import. */
const SIDE_EFFECTS = [
  { group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*'], message: 'The engine is pure: no browser APIs.' },
  { group: ['idb', 'react', 'react-dom', 'react-dom/*', 'dompurify', 'zustand', 'zustand/*'], message: 'The engine is pure: no storage, UI or DOM libraries.' },
  { group: ['**/adapters/**', '**/background/**', '**/page/**', '**/panel/**', '**/reminders/**', '**/salesforce/**', '**/settings/**', '**/messaging/**', '**/components/**'], message: 'The engine imports nothing with side effects.' },
];

const HOST_DOM = ['document', 'window', 'MutationObserver', 'HTMLElement', 'Element', 'Node', 'ShadowRoot'];

export default tseslint.config(
  { ignores: ['node_modules/**', '.output*/**', '.wxt/**', 'test/**', 'scripts/**', 'scratch/**', '**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts', '**/*.test-support.tsx'] },
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    // Directives written for other tools' rules are not this check's business.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // Only the reminders repository knows IndexedDB.
      '@typescript-eslint/no-restricted-imports': restrictImports([{ group: ['idb'], message: 'Only lib/reminders (the repository) may open IndexedDB.' }]),
      // Only lib/salesforce calls the network; only the repository touches IndexedDB.
      'no-restricted-globals': restrictGlobals(['fetch', 'XMLHttpRequest', 'indexedDB'], 'Only lib/salesforce calls fetch; only lib/reminders opens IndexedDB.'),
    },
  },
  {
    // The repository: IndexedDB is its own.
    files: ['lib/reminders/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-globals': restrictGlobals(['fetch', 'XMLHttpRequest'], 'Only lib/salesforce calls fetch.'),
    },
  },
  {
    // The Salesforce client: the network is its own.
    files: ['lib/salesforce/**/*.ts'],
    rules: { 'no-restricted-globals': restrictGlobals(['indexedDB'], 'Only lib/reminders opens IndexedDB.') },
  },
  {
    // Code that does not run in a host page reads no host DOM: only adapters, page scripts and the UI's own pages do.
    files: ['lib/**/*.ts'],
    ignores: ['lib/adapters/**', 'lib/page/**', 'lib/email/**', 'lib/reminders/**', 'lib/salesforce/**'],
    rules: { 'no-restricted-globals': restrictGlobals(['fetch', 'XMLHttpRequest', 'indexedDB', ...HOST_DOM], 'Only adapters and page scripts read a DOM; only lib/salesforce calls fetch; only lib/reminders opens IndexedDB.') },
  },
  {
    // The engine and the shapes it plans with: pure.
    files: ['lib/programs/**/*.ts', 'lib/accounts/**/*.ts', 'lib/dates/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': restrictImports([...SIDE_EFFECTS, { group: ['idb'], message: 'Only lib/reminders may open IndexedDB.' }]) },
  },
  {
    // The UI: no adapter, no Salesforce REST types, no background or page code, no IndexedDB.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/lib/adapters/**', '@/lib/adapters/**'], message: 'UI imports no adapter: the panel model (lib/panel) gives it plain shapes.' },
            { group: ['**/lib/salesforce/**', '@/lib/salesforce/**'], message: 'UI uses no Salesforce REST types: the panel model gives it plain shapes.' },
            { group: ['**/lib/background/**', '@/lib/background/**', '**/lib/page/**', '@/lib/page/**'], message: 'UI does not run background or host-page code.' },
            { group: ['idb', '**/lib/reminders/db/**', '@/lib/reminders/db/**'], message: 'Only the repository opens IndexedDB.' },
          ],
        },
      ],
    },
  },
  {
    // Host-page code carries no UI, engine or catalog, and opens no extension storage of its own.
    files: ['lib/page/**/*.ts', 'lib/adapters/**/*.ts', 'entrypoints/*.content.ts', 'entrypoints/gainsight-reader.ts', 'entrypoints/lightning-reader.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrictImports([
        { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', '**/components/**', '@/components/**'], message: 'Host pages get no UI framework.' },
        { group: ['**/programs/engine*', '**/programs/catalog*', '@/lib/programs/engine*', '@/lib/programs/catalog*', '**/planning/plan-account', '**/planning/inputs'], message: 'Host pages get no engine and no catalog: the panel plans.' },
        { group: ['idb', '**/reminders/**', '@/lib/reminders/**'], message: 'In a host page IndexedDB is the page\'s: content scripts ask the background.' },
        { group: ['**/background/**', '@/lib/background/**', '**/panel/**', '@/lib/panel/**'], message: 'Host pages run neither background nor panel code.' },
      ]),
    },
  },
);
