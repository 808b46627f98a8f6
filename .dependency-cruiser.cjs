// Where code runs, checked by `npm test` (`npm run layering`), with eslint.config.js for browser globals.
// Type imports count here: a type that crosses a boundary ties the two sides together as much as a value.
// With LAYERING_BUNDLES=1 it checks instead what each injected script carries into a host page: value
// imports only (types are erased by the build), followed through every file the script reaches.
const INJECTED = '^entrypoints/(gainsight-reader|lightning-reader|[^/]+\\.content)\\.ts$';
const HOST = `^(lib/page|lib/adapters)/|${INJECTED}`;
const UI_ENGINE_OR_CATALOG = [
  '^node_modules/(react|react-dom|zustand|@tanstack)/',
  '^components/',
  '^lib/programs/(engine|catalog|compile)',
  '^lib/planning/(plan-account|inputs)',
];
const TESTS = '\\.test\\.tsx?$|\\.test-support\\.tsx?$';

const fileRules = [
    {
      name: 'no-cycle',
      comment: 'Files import each other in one direction only, type imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'host-page-code-imports-no-ui-engine-or-catalog',
      comment: 'Code injected into Gainsight and Salesforce pages brings no UI framework, no engine and no catalog: the panel plans.',
      severity: 'error',
      from: { path: HOST, pathNot: TESTS },
      to: { path: UI_ENGINE_OR_CATALOG },
    },
    {
      name: 'ui-runs-no-worker-or-host-code',
      comment: 'The extension pages reach the worker through messages, and host pages not at all.',
      severity: 'error',
      from: { path: '^components/|^entrypoints/(sidepanel|popup|options)/', pathNot: TESTS },
      to: { path: '^lib/(background|page|adapters)/|^lib/[^/]+/background' },
    },
    {
      name: 'engine-is-pure',
      comment: 'The engine and the shapes it plans with import nothing with side effects.',
      severity: 'error',
      from: { path: '^lib/(programs|accounts|dates)/', pathNot: TESTS },
      to: {
        path: [
          '^node_modules/(wxt|webextension-polyfill|@wxt-dev|idb|react|react-dom|dompurify|zustand)/',
          '^lib/(adapters|background|page|panel|reminders|salesforce|settings|messaging|book)/',
          '^components/',
        ],
        // The settings' schema is plain data and zod: the engine reads its shape, and nothing runs.
        pathNot: '^lib/settings/schema\\.ts$',
      },
    },
];

const bundleRules = [
  {
    name: 'injected-scripts-carry-no-ui-engine-or-catalog',
    comment: 'Not even through another file: what an injected entrypoint reaches is what the host page gets.',
    severity: 'error',
    from: { path: INJECTED },
    to: { path: UI_ENGINE_OR_CATALOG, reachable: true },
  },
];

const bundles = process.env.LAYERING_BUNDLES === '1';

module.exports = {
  forbidden: bundles ? bundleRules : fileRules,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.output[^/]*|\\.wxt|scratch)/' },
    tsPreCompilationDeps: !bundles,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
