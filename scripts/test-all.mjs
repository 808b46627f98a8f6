// `npm test`: everything a change must pass, in the order that fails fastest.
// Browsers → typecheck → layering → unit and component tests → Firefox build → Chromium real-browser tests (which
// build for Chrome) → Firefox real-browser tests (on that Firefox build).
// Each step prints its time; each test suite its own counts; the run ends with one line
// `tests: N passed, N failed` (all suites together) so any CI can read the outcome.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'pc-test-'));
const started = Date.now();
let passed = 0;
let failed = 0;
let ok = true;

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

function run(title, command, args, { jsonReport, env } = {}) {
  console.log(`\n▶ ${title}`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (jsonReport && existsSync(jsonReport)) {
    const report = JSON.parse(readFileSync(jsonReport, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    console.log(`${title}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
  }
  console.log(`⏱ ${title}: ${seconds(stepStarted)}`);
  if (result.status !== 0) {
    ok = false;
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal})`);
  }
  return result.status === 0;
}

const vitest = (config, name) => {
  const jsonReport = join(reports, `${name}.json`);
  return [['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${jsonReport}`], jsonReport];
};

// The sandbox's own browser test runs with the unit tests, so the browsers come first. Each installs
// from Debian when missing (root + apt-get), or stops and names what to install.
const haveChromium = run('Chromium for the real-browser tests', 'npx', ['tsx', 'scripts/ensure-chromium.ts']);
const haveFirefox = run('Firefox ESR for the Firefox tests', 'npx', ['tsx', 'scripts/ensure-firefox.ts']);
run('Typecheck', 'npx', ['tsc', '--noEmit']);
run('Layering: imports (cycles, runtimes: .dependency-cruiser.cjs)', 'npm', ['run', '--silent', 'layering']);
run('Layering: browser globals (eslint.config.js)', 'npm', ['run', '--silent', 'lint']);
const [unitArgs, unitReport] = vitest('vitest.config.ts', 'unit');
run('Unit and component tests', 'npx', unitArgs, { jsonReport: unitReport });
// The same production build the Firefox tests would make (React's production runtime), made once.
let firefoxBuilt = run('Firefox build', 'npm', ['run', 'build:firefox'], { env: { NODE_ENV: 'production' } });
const manifest = join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3', 'manifest.json');
if (firefoxBuilt && !existsSync(manifest)) {
  ok = false;
  firefoxBuilt = false;
  console.error(`✖ the Firefox build wrote no ${manifest}`);
}
if (haveChromium) {
  const [e2eArgs, e2eReport] = vitest('vitest.e2e.config.ts', 'e2e');
  run('Real-browser tests in Chromium (built extension against the sandbox, axe-core and keyboard checks)', 'npx', e2eArgs, { jsonReport: e2eReport });
}
if (haveFirefox && firefoxBuilt) {
  const [firefoxArgs, firefoxReport] = vitest('vitest.firefox.config.ts', 'firefox');
  run('Real-browser tests in Firefox ESR (built add-on against the sandbox)', 'npx', firefoxArgs, {
    jsonReport: firefoxReport,
    env: { SKIP_BUILD: '1' },
  });
}

console.log(`\n⏱ npm test: ${seconds(started)}`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
