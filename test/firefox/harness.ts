/**
 * The built Firefox add-on in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi, against
 * the local sandbox. The Firefox twin of test/e2e/harness.ts.
 *
 * - The sandbox's host names reach it through a CONNECT proxy (Firefox has no host-resolver flag), so
 *   pages keep their real names and the production manifest's host permissions apply unchanged.
 * - The add-on is installed as Firefox's "Load Temporary Add-on" does (README), with its moz-extension
 *   UUID pinned by a pref so tests can open its pages. A temporary add-on is gone after a restart; the
 *   harness installs it again on the same profile, as a user reloads it, and its data is kept: Firefox keys
 *   the add-on's storage by its UUID, which stays the same (tried here, pinned or not).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath, firefoxVersion } from '../../scripts/ensure-firefox';
import { firefoxProxyPrefs, startProxy, type SandboxProxy } from '../sandbox/proxy';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { navigate, newTab } from './bidi';
import { tabOf } from './extension-api';

export const ADDON_DIR = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv3');

/** The add-on id the build declares (wxt.config.ts), read from the built manifest so the two cannot drift. */
export function addonId(dir = ADDON_DIR): string {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No Firefox build at ${dir}: run \`npm run build:firefox\` with the same WXT_OUT_DIR.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}/manifest.json declares no gecko id: build with \`npm run build:firefox\`.`);
  return id;
}

export interface FirefoxHarness {
  sandbox: Sandbox;
  proxy: SandboxProxy;
  readonly browser: Browser;
  addonId: string;
  /** `moz-extension://<uuid>`: the add-on's origin, pinned for the whole run. */
  origin: string;
  /** Opens an add-on page (popup.html, options.html, sidepanel.html?tabId=…) in a new tab, or a window of its own. */
  openExtensionPage(path: string, options?: { window?: boolean }): Promise<Page>;
  /** Opens a web page (a sandbox host) in a new tab, in the default cookie store or a container's. */
  openPage(url: string, options?: { container?: string }): Promise<Page>;
  /** A new Firefox container (a WebDriver BiDi user context, with its own cookies); its id for `openPage`. */
  newContainer(): Promise<string>;
  /** Opens the panel bound to the tab of `page` (`/sidepanel.html?tabId=<n>`), in a window of its own. */
  openPanelFor(page: Page): Promise<Page>;
  /** Quits Firefox and starts it again on the same profile, installing the add-on again as a user would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless it runs with
 * system access, and the tests open the add-on's own moz-extension:// pages. The flag exists from 138 on.
 */
function systemAccess(executablePath: string): string[] {
  return Number.parseInt(firefoxVersion(executablePath), 10) >= 138 ? ['--remote-allow-system-access'] : [];
}

async function launchFirefox(profileDir: string, prefs: Record<string, unknown>): Promise<Browser> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox ESR not found: run `npx tsx scripts/ensure-firefox.ts`.');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: process.env.HEADED !== '1',
    userDataDir: profileDir,
    // The sandbox's certificate is self-signed; this covers the add-on's own requests too.
    acceptInsecureCerts: true,
    extraPrefsFirefox: prefs,
    // Firefox 140's BiDi lacks the screen-orientation override puppeteer's viewport emulation sends, so
    // the window itself gets the size (as test/e2e/harness.ts's viewport), and puppeteer leaves it alone.
    defaultViewport: null,
    args: ['--width=1400', '--height=900', ...systemAccess(executablePath)],
  });
}

/** The tab Firefox starts with: kept open, so new tabs always have a browser window to open in. */
async function firstTab(browser: Browser): Promise<Page> {
  const [page] = await browser.pages();
  if (!page) throw new Error('Firefox started without a tab');
  return page;
}

async function install(browser: Browser, dir: string): Promise<void> {
  try {
    await browser.installExtension(dir);
  } catch (error) {
    throw new Error(`Firefox could not install the add-on from ${dir} (WebDriver BiDi webExtension.install): ${String(error)}`);
  }
}

export async function launch(options: { sandbox?: Sandbox; prefs?: Record<string, unknown> } = {}): Promise<FirefoxHarness> {
  const sandbox = options.sandbox ?? (await startSandbox({ salesforcePageSize: 2 }));
  const proxy = await startProxy({ targetPort: sandbox.port });
  const profileDir = await mkdtemp(join(tmpdir(), 'pc-firefox-'));
  const id = addonId();
  const uuid = randomUUID();
  const prefs = {
    ...firefoxProxyPrefs(proxy.port),
    'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
    // Firefox 153 hands notifications to the desktop's notification service; a headless machine has none,
    // so each one is closed the moment it opens. Firefox's own alert window keeps it shown, as on a desktop.
    'alerts.useSystemBackend': false,
    ...options.prefs,
  };
  let browser = await launchFirefox(profileDir, prefs);
  let anchor = await firstTab(browser);
  await install(browser, ADDON_DIR);

  const openPage = async (url: string, opts: { container?: string } = {}) => {
    const page = await newTab(browser, anchor, opts.container ? { userContext: opts.container } : {});
    await page.goto(url);
    return page;
  };
  const openExtensionPage = async (pagePath: string, opts: { window?: boolean } = {}) => {
    const page = await newTab(browser, anchor, opts);
    await navigate(page, `moz-extension://${uuid}/${pagePath}`);
    return page;
  };
  return {
    sandbox,
    proxy,
    get browser() {
      return browser;
    },
    addonId: id,
    origin: `moz-extension://${uuid}`,
    openExtensionPage,
    openPage,
    async newContainer() {
      const { id: container } = await browser.createBrowserContext();
      if (!container) throw new Error('Firefox made no user context (container)');
      return container;
    },
    async openPanelFor(page) {
      const asker = await openExtensionPage('popup.html');
      const { id } = await tabOf(asker, page.url());
      await asker.close();
      // A window of its own, so the record's tab stays the one its window shows, as beside a real
      // sidebar: a hidden tab's timers and rendering are throttled, and the page would read slowly.
      return openExtensionPage(`sidepanel.html?tabId=${id}`, { window: true });
    },
    async restart() {
      await browser.close();
      browser = await launchFirefox(profileDir, prefs);
      anchor = await firstTab(browser);
      await install(browser, ADDON_DIR);
    },
    async close() {
      await browser.close().catch(() => undefined);
      await proxy.close();
      if (!options.sandbox) await sandbox.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
