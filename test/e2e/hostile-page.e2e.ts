/**
 * A hostile host page: its scripts find whatever of ours is on the page, script clicks, dispatch
 * events and post messages, and even a content script of ours (its isolated world, reached here
 * through CDP) asks the background for writes. Nothing writes: no Salesforce PATCH, no reminder, no
 * recorded send, and the panel does not open.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from './cdp';
import { C360, launch, LIGHTNING, panelFor, recordedFor, sample, signInToSalesforce, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

const LAUNCHER = 'cta-playbook-companion';

/** The page's own scripts: everything they can reach of ours, pressed and clicked. */
async function attackFromThePage(page: Page): Promise<{ foundShadowRoot: boolean; runtime: string }> {
  return page.evaluate(async (tag) => {
    const host = document.querySelector(tag) as HTMLElement | null;
    const foundShadowRoot = !!host?.shadowRoot;
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) host?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
    host?.click();
    host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    for (const type of ['salesforce.makeAdmin', 'reminders.recordSend', 'reminders.startSequence', 'panel.open', 'playbook.start']) {
      window.postMessage({ type, payload: { tabId: 1, contactId: '003000000000001AAA' } }, '*');
    }
    // The page has no channel to the extension (it declares no externally_connectable).
    const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    const runtime = typeof chromeApi?.runtime?.sendMessage === 'function' ? 'reachable' : 'absent';
    await new Promise((r) => setTimeout(r, 300));
    return { foundShadowRoot, runtime };
  }, LAUNCHER);
}

/** An isolated world of ours in the page: where our content scripts run. */
async function ourIsolatedWorld(page: Page): Promise<{ session: CDPSession; contextId: number }> {
  const session = await h.context.newCDPSession(page);
  const contexts: { id: number; origin: string }[] = [];
  session.on('Runtime.executionContextCreated', (event: { context: { id: number; origin: string } }) => contexts.push(event.context));
  await session.send('Runtime.enable');
  const ours = contexts.find((c) => c.origin === `chrome-extension://${h.extensionId}`);
  if (!ours) throw new Error('no isolated world of the extension in this page');
  return { session, contextId: ours.id };
}

/** Sends a message to the background from inside a content script's world, as a compromised content script would. */
async function sendFromContentScript(world: { session: CDPSession; contextId: number }, type: string, payload: unknown): Promise<string> {
  const { result } = (await world.session.send('Runtime.evaluate', {
    contextId: world.contextId,
    awaitPromise: true,
    returnByValue: true,
    expression: `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })}).then((answer) => 'answered: ' + JSON.stringify(answer), (error) => 'refused: ' + error.message)`,
  })) as { result: { value: string } };
  return result.value;
}

describe('a hostile host page cannot make the extension write', () => {
  it('on a Lightning account without an admin: scripted clicks, events and messages change nothing in Salesforce', async () => {
    const account = sample(h.sandbox, 'no-gitlab-admin');
    const hannah = account.account.contacts!.find((c) => c.soldTo)!;
    const page = await h.context.newPage();
    await signInToSalesforce(page);
    await page.goto(LIGHTNING('Account', account.salesforceId));
    await page.locator(LAUNCHER).waitFor({ timeout: 60_000 });
    const session = await h.context.newCDPSession(page);

    const attack = await attackFromThePage(page);
    expect(attack).toEqual({ foundShadowRoot: false, runtime: 'absent' });
    // No synthetic click opened the panel.
    expect((await targets(session)).filter((t) => t.url.includes('sidepanel.html'))).toEqual([]);

    // Even a content script of ours cannot ask for a write: the background takes those from extension pages only.
    const world = await ourIsolatedWorld(page);
    const tabId = Number(new URL(await (await panelFor(h, page)).page().url()).searchParams.get('tabId'));
    expect(await sendFromContentScript(world, 'salesforce.makeAdmin', { tabId, contactId: hannah.id })).toMatch(
      /^refused: .*salesforce\.makeAdmin is only accepted from the extension's own pages$/,
    );
    for (const type of ['reminders.recordSend', 'reminders.startSequence', 'reminders.markSent', 'playbook.start', 'email.prefill', 'tab.reload', 'data.clearAll', 'reminders.importBackup']) {
      expect(await sendFromContentScript(world, type, { tabId })).toMatch(new RegExp(`^refused: .*${type.replace('.', '\\.')} is only accepted from the extension's own pages$`));
    }
    // Names that are not handlers of ours are not taken for one.
    expect(await sendFromContentScript(world, 'toString', {})).toMatch(/^refused: |^answered: undefined$/);

    expect(h.sandbox.state.patches).toEqual([]);
    expect(await recordedFor(h, account.salesforceId)).toEqual({ enrollments: [], sends: [], reminders: [] });
    await session.detach();
    await page.close();
  });

  it('on Cockpit: a scripted Send is never recorded as sent', async () => {
    const duo = sample(h.sandbox, 'new-duo-purchase');
    const page = await h.context.newPage();
    await page.goto(C360(duo.gainsightId));
    const panel = await panelFor(h, page);
    await panel.getByRole('heading', { name: duo.account.name, exact: true }).waitFor({ timeout: 60_000 });
    await panel.getByText('Still reading the page…').waitFor({ state: 'detached', timeout: 60_000 });
    // The page's own Create CTA, saved by the user, gives a CTA with an Email Task.
    await panel.getByRole('listitem', { name: /^Duo Admin Onboarding/ }).getByRole('button', { name: 'Start Duo Admin Onboarding' }).click();
    const form = page.getByRole('dialog', { name: 'Create CTA' });
    await expect.poll(() => form.getByLabel('Playbook').inputValue()).toBe('Duo Admin Onboarding');
    await form.getByRole('button', { name: 'Save' }).click();
    // The saved CTA opens in Cockpit.
    await page.waitForURL(/\/v1\/ui\/cockpit\?ctaId=/);
    await page.getByRole('list', { name: 'Tasks' }).getByRole('listitem').filter({ hasText: 'Email 1:' }).click();
    await page.getByRole('button', { name: 'Validate Email' }).click();
    await page.getByRole('dialog', { name: 'Edit Email' }).waitFor();

    // The user prefills the email from the panel; then the page's own script presses Preview and Send
    // (element.click() in the page: not the user's click), and the host sends.
    const dialog = page.getByRole('dialog', { name: 'Edit Email' });
    await panel.getByRole('listitem', { name: /^Duo Admin Onboarding/ }).getByRole('button', { name: 'Prefill email' }).click();
    await expect.poll(() => dialog.getByLabel('To', { exact: true }).inputValue()).not.toBe('');
    await dialog.getByRole('button', { name: 'Preview and Proceed' }).evaluate((button) => (button as HTMLElement).click());
    await dialog.getByRole('button', { name: 'Send' }).evaluate((button) => (button as HTMLElement).click());
    await expect.poll(() => h.sandbox.state.emails.filter((e) => e.status === 'sent').length).toBe(1);
    await page.waitForTimeout(1_500);
    const recorded = await recordedFor(h, duo.gainsightId);
    expect(recorded.sends).toEqual([]);
    // The enrollment the user started stays at its first step.
    expect(recorded.enrollments).toMatchObject([{ currentStep: 0 }]);
    await page.close();
  });
});
