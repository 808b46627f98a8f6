import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { applyControl, type ControlRequest } from '../sandbox/control';
import type { ScenarioTag } from '../sandbox/data/types';
import { SANDBOX_HOSTS, startSandbox, type Sandbox } from '../sandbox/server';
import { chromiumPath, QUIET_FLAGS } from '../../scripts/chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');

/** Every host the extension may meet resolves to the sandbox, so the production manifest is tested as is. */
export function hostResolverRules(port: number): string {
  return ['*.gainsightcloud.com', '*.salesforce.com', '*.force.com', '*.sandbox.test']
    .map((host) => `MAP ${host} 127.0.0.1:${port}`)
    .join(', ');
}

export function browserArgs(port: number, extensionDir = EXTENSION_DIR): string[] {
  return [
    ...QUIET_FLAGS,
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
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run `npx tsx scripts/ensure-chromium.ts`.');
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: process.env.HEADED !== '1',
    args: browserArgs(port),
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
  });
}

/**
 * The extension's service worker, once its script has run: events the browser sends before its
 * listeners exist are not delivered to it (a freshly installed worker has no listeners on record yet).
 */
async function waitForWorker(context: BrowserContext): Promise<Worker> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
  for (let i = 0; i < 200; i++) {
    // @ts-expect-error the service worker's own `chrome` global
    if (await worker.evaluate(() => chrome.tabs.onUpdated.hasListeners() as boolean)) return worker;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the service worker never added its listeners');
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

export const PANEL_NAME = 'Playbook companion';

/** The sender identity of a CSM past the first run, as the e2e tests set it. */
export const CASEY = { name: 'Casey Morgan', email: 'casey.morgan@gitlab.example', title: 'Customer Success Manager', genericAddress: '', ccCsm: true };

/** Stores `sender` as the user's sender identity, as Options would, before a test opens any page. */
export async function setSender(h: Harness, sender: typeof CASEY = CASEY): Promise<void> {
  const popup = await h.openExtensionPage('popup.html');
  // @ts-expect-error the extension page's own `chrome` global
  await popup.evaluate((value) => chrome.storage.local.set({ settings: { sender: value } }), sender);
  await popup.close();
}

/** The panel's landmark in a panel page, found the way a screen reader user finds it. */
export function panelLandmark(panelPage: Page): Locator {
  return panelPage.getByRole('main', { name: PANEL_NAME });
}

/** The browser's id for the tab showing `page` (it is brought to the front to be the active tab). */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await h.serviceWorker();
  const id = await worker.evaluate(async () => {
    // @ts-expect-error the service worker's own `chrome` global
    const [tab] = (await chrome.tabs.query({ active: true, lastFocusedWindow: true })) as { id?: number }[];
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

const panels = new WeakMap<Page, Page>();

/**
 * The side panel bound to `page`'s tab (`/sidepanel.html?tabId=<n>`), opened once per page in a window
 * of its own, so the record's tab stays the visible one, as beside a real side panel (a hidden tab's
 * timers are throttled). The same code path as the browser's side panel, which foundation.e2e proves.
 */
export async function panelFor(h: Harness, page: Page): Promise<Locator> {
  let panelPage = panels.get(page);
  if (!panelPage || panelPage.isClosed()) {
    const tabId = await tabIdOf(h, page);
    const url = `chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`;
    const opened = h.context.waitForEvent('page', { predicate: (p) => p.url() === url });
    const worker = await h.serviceWorker();
    // @ts-expect-error the service worker's own `chrome` global
    await worker.evaluate((href) => chrome.windows.create({ url: href, focused: false }), url);
    panelPage = await opened;
    panels.set(page, panelPage);
    page.once('close', () => void panelPage?.close().catch(() => undefined));
  }
  return panelLandmark(panelPage);
}

/** Applies sandbox failure switches (expired sessions, API Access Control, …) as a test step. */
export function control(sandbox: Sandbox, body: ControlRequest): void {
  const result = applyControl(sandbox.state, body);
  if (!result.ok) throw new Error(result.error);
}

/** Signs in on the sandbox's my.salesforce.com login page, which sets `sid` and redirects to Lightning. */
export async function signInToSalesforce(page: Page, startUrl?: string): Promise<void> {
  const query = startUrl ? `?startURL=${encodeURIComponent(startUrl)}` : '';
  await page.goto(`https://${SANDBOX_HOSTS.salesforceApi}/${query}`);
  // With a live session the login page sends the browser straight on, as Salesforce does.
  if (page.url().includes('lightning.force.com')) return;
  await page.getByLabel('Username').fill('csm@gitlab.example');
  await page.getByLabel('Password').fill('sandbox');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(/lightning\.force\.com/);
}

export const C360 = (gainsightId: string) => `https://${SANDBOX_HOSTS.gainsight}/v1/ui/customersuccess360?cid=${gainsightId}`;
export const LIGHTNING = (object: 'Account' | 'Contact' | 'Opportunity', id: string) => `https://${SANDBOX_HOSTS.lightning}/lightning/r/${object}/${id}/view`;

/** A sample account by one of its scenario tags. */
export function sample(sandbox: Sandbox, tag: ScenarioTag) {
  const found = sandbox.state.accounts.find((a) => a.tags.includes(tag));
  if (!found) throw new Error(`No sandbox account tagged ${tag}`);
  return found;
}

/**
 * The accessible names of the programs the panel lists (each begins with the program's name),
 * list by list, as a screen reader announces them. Only each list's own items: an item may hold a
 * nested list of reasons.
 */
export async function programItemNames(panel: Locator, list: string): Promise<string[]> {
  const lists = panel.getByRole('list', { name: list, exact: true });
  if ((await lists.count()) === 0) return [];
  const perList = await lists.evaluateAll((uls) =>
    uls.map((ul) =>
      [...ul.children].map((item) => {
        const root = item.getRootNode() as ShadowRoot | Document;
        const ids = item.getAttribute('aria-labelledby')?.split(' ') ?? [];
        return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
      }),
    ),
  );
  return perList.flat();
}

/** What the extension recorded for one account, read the way a user gets it out: the backup export. */
export async function recordedFor(h: Harness, accountId: string): Promise<{ enrollments: Record<string, unknown>[]; sends: Record<string, unknown>[]; reminders: Record<string, unknown>[] }> {
  const page = await h.openExtensionPage('options.html');
  try {
    const { text } = (await page.evaluate(
      // @ts-expect-error the extension page's own `chrome` global
      () => chrome.runtime.sendMessage({ type: 'reminders.exportBackup', payload: {} }),
    )) as { text: string };
    const backup = JSON.parse(text) as Record<'enrollments' | 'sendLog' | 'reminders', { account: { id: string } }[]>;
    const mine = <T extends { account: { id: string } }>(list: T[]) => list.filter((r) => r.account.id === accountId) as unknown as Record<string, unknown>[];
    return { enrollments: mine(backup.enrollments), sends: mine(backup.sendLog), reminders: mine(backup.reminders) };
  } finally {
    await page.close();
  }
}

/** The panel's open program lists, by accessible name, and the engine state each shows. */
export const PLAN_LISTS = [
  ['Due now', 'due'],
  ['Upcoming', 'upcoming'],
  ['Needs data', 'unknown'],
  ['Held back', 'held-back'],
] as const;

/** The program names the panel lists under a heading; each item's accessible name begins with one of `candidates`. */
export async function listedPrograms(panel: Locator, list: string, candidates: string[]): Promise<string[]> {
  const names = await programItemNames(panel, list);
  return names.map((n) => candidates.find((c) => n.startsWith(c)) ?? `? ${n}`);
}
