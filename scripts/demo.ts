// `npm run demo`: builds the extension, starts the local Gainsight + Salesforce sandbox and opens
// Chromium with the extension loaded on the sandbox's start page. With a display it is a normal
// window you use yourself (the chip on a record page, Alt+Shift+P or the popup open the side panel);
// without one (or with --headless) it takes a scripted tour and writes screenshots of each page beside
// its panel. Either way it prints where the built extension is, to load into your own browser.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startSandbox } from '../test/sandbox/server';
import { browserArgs, EXTENSION_DIR, launch } from '../test/e2e/harness';
import { chromiumPath } from './chromium';
import { tour } from './demo-tour';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');

execFileSync('npx', ['tsx', 'scripts/ensure-chromium.ts'], { stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const sandbox = await startSandbox();
const start = sandbox.origin('start.sandbox.test');
console.log(`\nBuilt extension: ${EXTENSION_DIR} (load it unpacked in chrome://extensions or edge://extensions)`);
console.log(`Sandbox: ${start}/ (port ${sandbox.port})`);

if (headless) {
  // The scripted tour starts from a new profile each time, so its screenshots show a first-run extension.
  mkdirSync(outDir, { recursive: true });
  const harness = await launch({ sandbox });
  const shots = await tour({ harness, outDir });
  console.log('\nScreenshots:');
  for (const shot of shots) console.log(`  ${shot}`);
  await harness.close();
  await sandbox.close();
} else {
  // A window you use keeps its profile (your reminders and settings) between demos.
  const context = await chromium.launchPersistentContext(resolve('.output/demo-profile'), {
    executablePath: chromiumPath() ?? undefined,
    headless: false,
    args: browserArgs(sandbox.port),
    ignoreHTTPSErrors: true,
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${start}/`);
  console.log('Chromium is open on the sandbox start page. Press Ctrl+C to stop.');
  const stop = async () => {
    await context.close().catch(() => undefined);
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', stop);
}
