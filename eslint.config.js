// The browser globals each runtime may touch, and the size of a unit, checked by `npm test` (`npm run
// lint`). Imports between runtimes are dependency-cruiser's (.dependency-cruiser.cjs); formatting and
// style are left to review.
import tseslint from 'typescript-eslint';

const restrictGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];

const HOST_DOM = ['document', 'window', 'MutationObserver', 'HTMLElement', 'Element', 'Node', 'ShadowRoot'];
const WHO_MAY = 'Only lib/host reads a host page\'s DOM; only lib/worker/salesforce calls fetch; only lib/extension/reminders opens IndexedDB.';

export default tseslint.config(
  { ignores: ['node_modules/**', '.output*/**', '.wxt/**', 'test/**', 'scripts/**', 'scratch/**', '**/*.test.ts', '**/*.test.tsx', '**/*.test-support.ts', '**/*.test-support.tsx'] },
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    // Directives written for other tools' rules are not this check's business.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['idb'], message: WHO_MAY }] }],
      'no-restricted-globals': restrictGlobals(['fetch', 'XMLHttpRequest', 'indexedDB'], WHO_MAY),
    },
  },
  {
    // The repository: IndexedDB is its own.
    files: ['lib/extension/reminders/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': 'off',
      'no-restricted-globals': restrictGlobals(['fetch', 'XMLHttpRequest'], WHO_MAY),
    },
  },
  {
    // The Salesforce client: the network is its own.
    files: ['lib/worker/salesforce/**/*.ts'],
    rules: { 'no-restricted-globals': restrictGlobals(['indexedDB', 'XMLHttpRequest'], WHO_MAY) },
  },
  {
    // Outside host pages no code reads a DOM, except the email's sanitizer and plain-text view, which
    // work on a detached tree of their own.
    files: ['lib/**/*.ts'],
    ignores: ['lib/host/**', 'lib/shared/email/**', 'lib/extension/reminders/**', 'lib/worker/salesforce/**'],
    rules: { 'no-restricted-globals': restrictGlobals(['fetch', 'XMLHttpRequest', 'indexedDB', ...HOST_DOM], WHO_MAY) },
  },
  {
    // Small units: a file a reader takes in at once, split by what it does. The catalogs are data.
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/shared/programs/catalog-*.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 100, IIFEs: true }],
    },
  },
);
