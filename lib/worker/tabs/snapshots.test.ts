import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Account } from '../../shared/accounts/account';
import type { PageSnapshot } from '../../shared/messaging/page-messages';
import type { MessageSender } from '../../shared/messaging/protocol';
import { recordPageOf } from '../../shared/urls/record-urls';
import { acceptSnapshot, readerSettingsFor } from './gainsight-tab';
import { getTab, startRecord } from './tab-records';

const ACME = 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-ACME';
const GLOBEX = 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C-GLOBEX';

// Tab records live for the worker's life: each test takes tab ids of its own.
let nextTab = 100;
beforeEach(() => fakeBrowser.reset());

async function tabOn(url: string): Promise<number> {
  const tabId = nextTab++;
  await startRecord(tabId, url, recordPageOf(url, []), { status: 'loading' });
  return tabId;
}

const pageAccount = (overrides: Partial<Account> = {}): Account => ({
  source: 'salesforce', org: 'evil.example', id: 'SOMETHING-ELSE', name: 'Acme Corp', fields: { segment: 'Tech Touch' }, unreadable: {},
  contacts: [{ name: 'Ada Admin', email: 'ada@acme.example', roles: ['GitLab Admin'], soldTo: false, enablementEnrollment: [], permission: null }],
  opportunities: [], programLogs: [], ...overrides,
});

const snapshot = (url: string, account: unknown = pageAccount(), document = 1): PageSnapshot => ({ kind: 'c360', url, document, account: account as Account, complete: false });
const from = (tabId: number, tabUrl: string, frameId = 0): MessageSender => ({ tabId, tabUrl, frameId, url: tabUrl, fromExtensionPage: false });

describe('what a page reader reports', () => {
  it("becomes the tab's account, named by the tab's URL and never by what the page says it is", async () => {
    const tabId = await tabOn(ACME);
    expect(await acceptSnapshot(snapshot(ACME), from(tabId, ACME))).toBe(true);
    const record = await getTab(tabId);
    expect(record?.view).toMatchObject({ status: 'ready', reading: true, account: { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C-ACME', name: 'Acme Corp' } });
  });

  it('is dropped when it is about another record than the one the tab shows now (a late reading)', async () => {
    const tabId = await tabOn(GLOBEX);
    expect(await acceptSnapshot(snapshot(ACME), from(tabId, GLOBEX))).toBe(false);
    // The page may claim the right URL, but the browser says the tab is elsewhere.
    expect(await acceptSnapshot(snapshot(GLOBEX), from(tabId, ACME))).toBe(false);
    expect((await getTab(tabId))?.view.status).toBe('loading');
  });

  it('is dropped from a frame inside the page, or when it is not an account at all', async () => {
    const tabId = await tabOn(ACME);
    expect(await acceptSnapshot(snapshot(ACME), from(tabId, ACME, 3))).toBe(false);
    expect(await acceptSnapshot(snapshot(ACME, { name: 'x', contacts: 'all of them' }), from(tabId, ACME))).toBe(false);
    expect(await acceptSnapshot(snapshot(ACME, pageAccount({ name: 'n'.repeat(5_000) })), from(tabId, ACME))).toBe(false);
    expect((await getTab(tabId))?.view.status).toBe('loading');
  });

  it("tells the next reader the company the tab showed before, within the same document only, so a stale page is not read as the new one", async () => {
    const tabId = await tabOn(ACME);
    await acceptSnapshot(snapshot(ACME, pageAccount(), 7), from(tabId, ACME));
    await startRecord(tabId, GLOBEX, recordPageOf(GLOBEX, []), { status: 'loading' });
    expect((await readerSettingsFor(tabId, 7)).previousName).toBe('Acme Corp');
    // A page load starts a new document: nothing stale can be on it.
    expect((await readerSettingsFor(tabId, 8)).previousName).toBeNull();
  });
});
