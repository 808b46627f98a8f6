import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startSandbox, type Sandbox } from '../sandbox/server';
// @ts-expect-error plain ESM helper shared with the scripts
import { chromiumPath, QUIET_FLAGS } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');

/** Every host the extension may meet resolves to the sandbox, so the production manifest is tested as is. */
export function hostResolverRules(port: number): string {
  return ['*.gainsightcloud.com', '*.salesforce.com', '*.force.com', '*.sandbox.test']
    .map((host) => `MAP ${host} 127.0.0.1:${port}`)
    .join(', ');
}

export function browserArgs(port: number, extensionDir = EXTENSION_DIR): string[] {
  return [
    ...(QUIET_FLAGS as string[]),
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--host-resolver-rules=${hostResolverRules(port)}`,
    '--ignore-certificate-errors',
  ];
}

export interface Harness {
  sandbox: Sandbox;
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  serviceWorker(): Promise<Worker>;
  /** Opens an extension page (popup.html, options.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Closes the browser but keeps the profile, to prove what survives a restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

async function launchContext(userDataDir: string, port: number): Promise<BrowserContext> {
  const executablePath = chromiumPath() as string | null;
  if (!executablePath) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`.');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: process.env.HEADED !== '1',
    args: browserArgs(port),
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
  });
}

async function waitForWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return existing ?? context.waitForEvent('serviceworker', { timeout: 20_000 });
}

export async function launch(options: { sandbox?: Sandbox } = {}): Promise<Harness> {
  const sandbox = options.sandbox ?? (await startSandbox({ salesforcePageSize: 2 }));
  const userDataDir = await mkdtemp(join(tmpdir(), 'pc-e2e-'));
  let context = await launchContext(userDataDir, sandbox.port);
  const worker = await waitForWorker(context);
  const extensionId = new URL(worker.url()).host;
  const harness: Harness = {
    sandbox,
    get context() {
      return context;
    },
    extensionId,
    userDataDir,
    serviceWorker: () => waitForWorker(context),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async restart() {
      await context.close();
      context = await launchContext(userDataDir, sandbox.port);
      await waitForWorker(context);
    },
    async close() {
      await context.close().catch(() => undefined);
      if (!options.sandbox) await sandbox.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/** The sidebar's landmark, found the way a screen reader user finds it. */
export function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Playbook companion' });
}
