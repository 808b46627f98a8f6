/**
 * The WebDriver BiDi calls puppeteer-core does not offer in a usable form for Firefox add-ons.
 *
 * - Opening a tab: puppeteer's `newPage()` lets Firefox pick "the most recent window", and in headless
 *   Firefox an add-on's notification is such a window (a XUL alert, as no desktop notification service
 *   runs); the command then fails with "getTabBrowser(...) is undefined". We name the window by a tab
 *   (or ask for a window of its own), in the default user context or a container's.
 * - Navigating a tab to a `moz-extension://` page: Firefox (140 ESR here) answers
 *   `browsingContext.navigate` but sends no `domContentLoaded`/`load` events for extension documents, so
 *   `page.goto` waits until it times out. We send the command ourselves with `wait: "complete"`, which
 *   Firefox answers once the page has loaded. A web page cannot navigate there either (Firefox denies it).
 *
 * Both reach puppeteer's BiDi core objects, which are public at run time but not in its typings; the
 * shapes are checked here so a puppeteer upgrade that moves them fails with this message, not a TypeError.
 */
import type { Browser, Page } from 'puppeteer-core';

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
interface BrowsingContext {
  id: string;
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
  userContext: { browser: { session: BidiSession } };
}

function browsingContextOf(page: Page): BrowsingContext {
  const context = (page.mainFrame() as unknown as { browsingContext?: BrowsingContext }).browsingContext;
  if (typeof context?.navigate !== 'function' || typeof context.userContext?.browser?.session?.send !== 'function') {
    throw new Error('puppeteer-core no longer exposes its BiDi browsing context; update test/firefox/bidi.ts for this version.');
  }
  return context;
}

/** Loads `url` in the page's tab and resolves once the document is complete (extension pages included). */
export async function navigate(page: Page, url: string): Promise<void> {
  await browsingContextOf(page).navigate(url, 'complete');
}

export interface NewTabOptions {
  /** A window of its own instead of a tab beside `beside`. */
  window?: boolean;
  /** The WebDriver BiDi user context to open it in: Firefox makes each one a container, with its own cookies. */
  userContext?: string;
}

/** Opens a new tab in the window of `beside` (a tab the harness keeps open), or a new window, and returns its page. */
export async function newTab(browser: Browser, beside: Page, options: NewTabOptions = {}): Promise<Page> {
  const reference = browsingContextOf(beside);
  const { result } = await reference.userContext.browser.session.send('browsingContext.create', {
    type: options.window ? 'window' : 'tab',
    ...(options.window ? {} : { referenceContext: reference.id }),
    ...(options.userContext ? { userContext: options.userContext } : {}),
  });
  const { context } = result as { context: string };
  // puppeteer makes the Page from the contextCreated event, which Firefox sends before its answer.
  const page = (await browser.pages()).find((p) => browsingContextOf(p).id === context);
  if (!page) throw new Error(`puppeteer did not pick up the new tab ${context}`);
  return page;
}
