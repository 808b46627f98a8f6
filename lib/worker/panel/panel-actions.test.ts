import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Account } from '../../shared/accounts/account';
import { recordPageOf } from '../../shared/urls/record-urls';
import { panelActionHandlers } from './panel-actions';
import { startRecord, updateRecord } from '../tabs/tab-records';

const PAGE = 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view';
const panel = { url: 'chrome-extension://test/sidepanel.html', fromExtensionPage: true };
let nextTab = 500;

const account: Account = {
  source: 'salesforce', org: 'gitlab.my.salesforce.com', id: '001000000000001AAA', name: 'Meridian', fields: {}, unreadable: {}, opportunities: [], programLogs: [],
  contacts: [{ id: '003000000000001AAA', name: 'Hannah Brooks', email: 'h@meridian.example', roles: [], soldTo: true, enablementEnrollment: [], permission: null }],
};

async function tabWith(source: 'rest' | 'page'): Promise<number> {
  const tabId = nextTab++;
  const { record } = await startRecord(tabId, PAGE, recordPageOf(PAGE, []), { status: 'loading' });
  updateRecord(tabId, record.key, { source, view: { status: 'ready', account, reading: false, adminFix: { kind: source === 'rest' ? 'one-click' : 'in-salesforce' }, canStart: false } });
  return tabId;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 500 })));
});

describe("the panel's role fix, in the background", () => {
  it('writes nothing for a record that was read from the page, not through the API', async () => {
    const result = await panelActionHandlers['salesforce.makeAdmin']({ tabId: await tabWith('page'), contactId: '003000000000001AAA' }, panel);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot change it') } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it("writes nothing for a contact that is not on the tab's account, whatever id the payload names", async () => {
    const result = await panelActionHandlers['salesforce.makeAdmin']({ tabId: await tabWith('rest'), contactId: '003000000000999AAA' }, panel);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a tab whose record the background does not hold', async () => {
    await expect(panelActionHandlers['salesforce.makeAdmin']({ tabId: 99_999, contactId: '003000000000001AAA' }, panel)).rejects.toThrow('no longer shows the record');
    expect(fetch).not.toHaveBeenCalled();
  });
});
