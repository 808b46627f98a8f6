import { describe, expect, it } from 'vitest';
import type { Account } from '../../shared/accounts/account';
import type { TabState } from '../../shared/messaging/tab-state';
import { recordPageOf } from '../../shared/urls/record-urls';
import { dropTabsOn } from './host-access';
import { getTab, startRecord, subscribeTab } from './tab-records';

const C360 = 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=C1';
const LIGHTNING = 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view';
const account = (name: string): Account => ({ source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C1', name, fields: {}, unreadable: {}, contacts: [], opportunities: [], programLogs: [] });

async function readyTab(tabId: number, url: string): Promise<void> {
  await startRecord(tabId, url, recordPageOf(url, []), { status: 'ready', account: account(`Tab ${tabId}`), reading: false, adminFix: { kind: 'in-gainsight' }, canStart: true });
}

describe('a site the user took back', () => {
  it("drops what the background knew of that site's tabs and tells their panels; other sites' tabs keep theirs", async () => {
    await readyTab(1, C360);
    await readyTab(2, LIGHTNING);
    const told: TabState[] = [];
    const stop = subscribeTab(1, (state) => told.push(state));

    await dropTabsOn(['https://*.gainsightcloud.com/*']);

    expect(told.map((s) => s.view)).toEqual([{ status: 'not-a-record' }]);
    const dropped = await getTab(1);
    expect(dropped?.page).toBeNull();
    expect(JSON.stringify(dropped)).not.toContain('Tab 1');
    expect((await getTab(2))?.view.status).toBe('ready');
    stop();
  });
});
