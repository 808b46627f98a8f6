// `npm test`: everything a change must pass, in the order that fails fastest.
// Chromium → typecheck → unit and component tests → Firefox build → real-browser tests (which build for Chrome).
// Ends with one line `tests: N passed, N failed` so any CI can read the outcome.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'pc-test-'));
let passed = 0;
let failed = 0;
let ok = true;

function run(title, command, args, jsonReport) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (jsonReport && existsSync(jsonReport)) {
    const report = JSON.parse(readFileSync(jsonReport, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (result.status !== 0) {
    ok = false;
    console.error(`✖ ${title} failed (exit ${result.status ?? result.signal})`);
  }
  return result.status === 0;
}

const vitest = (config, name) => {
  const file = join(reports, `${name}.json`);
  return [['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], file];
};

// The sandbox's own browser test runs with the unit tests, so Chromium comes first.
const haveChromium = run('Chromium for the real-browser tests', 'npx', ['tsx', 'scripts/ensure-chromium.ts']);
run('Typecheck', 'npx', ['tsc', '--noEmit']);
const [unitArgs, unitReport] = vitest('vitest.config.ts', 'unit');
run('Unit and component tests', 'npx', unitArgs, unitReport);
if (run('Firefox build', 'npm', ['run', 'build:firefox'])) {
  const manifest = join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3', 'manifest.json');
  if (!existsSync(manifest)) {
    ok = false;
    console.error(`✖ the Firefox build wrote no ${manifest}`);
  }
}
if (haveChromium) {
  const [e2eArgs, e2eReport] = vitest('vitest.e2e.config.ts', 'e2e');
  run('Real-browser tests (built extension in Chromium against the sandbox)', 'npx', e2eArgs, e2eReport);
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
