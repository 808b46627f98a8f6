// `npm run demo`: builds the extension, starts the local Gainsight + Salesforce sandbox and opens
// Chromium with the extension loaded on the sandbox's start page. With a display it is a normal
// window you use yourself; without one (or with --headless) it takes a scripted tour and writes
// screenshots. Either way it prints where the built extension is, to load into your own browser.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startSandbox } from '../test/sandbox/server';
import { browserArgs, EXTENSION_DIR, sidebar } from '../test/e2e/harness';
import { chromiumPath } from './chromium';
import { tour } from './demo-tour';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');

execFileSync('npx', ['tsx', 'scripts/ensure-chromium.ts'], { stdio: 'inherit' });
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });

const sandbox = await startSandbox();
// A window you use keeps its profile (your reminders and settings) between demos; the scripted tour
// starts from a new profile each time so its screenshots show a first-run extension.
const userDataDir = headless ? mkdtempSync(join(tmpdir(), 'pc-demo-')) : resolve('.output/demo-profile');
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath() ?? undefined,
  headless,
  args: browserArgs(sandbox.port),
  ignoreHTTPSErrors: true,
  viewport: { width: 1440, height: 900 },
});
const start = sandbox.origin('start.sandbox.test');
console.log(`\nBuilt extension: ${EXTENSION_DIR} (load it unpacked in chrome://extensions or edge://extensions)`);
console.log(`Sandbox: ${start}/ (port ${sandbox.port})`);

if (headless) {
  mkdirSync(outDir, { recursive: true });
  const shots = await tour({ context, sandbox, outDir, sidebar: (page: Page) => sidebar(page) });
  console.log('\nScreenshots:');
  for (const shot of shots) console.log(`  ${shot}`);
  await context.close();
  await sandbox.close();
} else {
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
