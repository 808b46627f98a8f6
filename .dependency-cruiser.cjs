// Where code runs, checked by `npm test` (`npm run layering`), with eslint.config.js for browser globals.
// The first folder under lib/ names the runtime (docs/architecture.md):
//   lib/worker     the background service worker (Firefox: background page)
//   lib/host       Gainsight and Salesforce tabs, injected only when needed
//   lib/ui         the extension's pages (side panel, popup, options), with components/
//   lib/extension  the extension's own origin, worker and pages alike: IndexedDB, browser.storage, messaging
//   lib/shared     pure code that runs anywhere: no browser API, no storage, no framework
// Type imports count here: a type that crosses a boundary ties the two sides together as much as a value.
// With LAYERING_BUNDLES=1 it checks instead what each injected script carries into a host page: value
// imports only (types are erased by the build), followed through every file the script reaches.
const INJECTED = '^entrypoints/(gainsight-reader|lightning-reader|[^/]+\\.content)\\.ts$';
const UI_PAGES = '^components/|^entrypoints/(sidepanel|popup|options)/|^lib/ui/';
const TESTS = '\\.test\\.tsx?$|\\.test-support\\.tsx?$';
const UI_ENGINE_OR_CATALOG = [
  '^(node_modules/)?(react|react-dom|zustand|@tanstack)(/|$)',
  '^components/',
  '^lib/shared/programs/(engine|evaluation|decisions|catalog|compile)',
  '^lib/shared/planning/plan-account',
];
const BROWSER_OR_FRAMEWORK = '^(node_modules/)?(wxt|webextension-polyfill|@wxt-dev|idb|react|react-dom|zustand|@tanstack)(/|$)';

/** One runtime may import only its own code and the folders named. */
const runtime = (name, from, allowed) => ({
  name: `${name}-imports-only-${[name, ...allowed].join('+')}`,
  comment: `Code that runs in ${name} reaches other runtimes through messages, never through an import.`,
  severity: 'error',
  from: { path: from, pathNot: TESTS },
  to: { path: '^(lib|components|entrypoints)/', pathNot: [from, ...allowed.map((folder) => `^lib/${folder}/`)] },
});

const fileRules = [
  {
    name: 'no-cycle',
    comment: 'Files import each other in one direction only, type imports included.',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  runtime('shared', '^lib/shared/', []),
  runtime('extension', '^lib/extension/', ['shared']),
  // lib/host/injected holds functions the worker serializes into a page (scripting.executeScript): host code
  // the worker carries, never runs.
  runtime('worker', '^lib/worker/|^entrypoints/background\\.ts$', ['extension', 'shared', 'host/injected']),
  runtime('host', `^lib/host/|${INJECTED}`, ['shared']),
  runtime('ui', UI_PAGES, ['extension', 'shared']),
  {
    name: 'shared-is-pure',
    comment: 'Shared code runs anywhere, so it touches no browser API, no storage and no framework.',
    severity: 'error',
    from: { path: '^lib/shared/', pathNot: TESTS },
    to: { path: BROWSER_OR_FRAMEWORK },
  },
  {
    name: 'host-page-code-imports-no-ui-engine-or-catalog',
    comment: 'Code injected into Gainsight and Salesforce pages brings no UI framework, no engine and no catalog: the panel plans.',
    severity: 'error',
    from: { path: `^lib/host/|${INJECTED}`, pathNot: TESTS },
    to: { path: UI_ENGINE_OR_CATALOG },
  },
  {
    name: 'lib-has-only-runtime-folders',
    comment: 'A file under lib/ sits in the folder of the runtime it runs in.',
    severity: 'error',
    from: { path: '^lib/(?!(worker|host|ui|extension|shared)/)' },
    to: {},
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
