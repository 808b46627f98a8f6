import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Account } from '../../../accounts/account';
import type { MessageSender } from '../../../messaging/protocol';
import { handoffHandlers } from './handoff';

const tab = (tabId: number): MessageSender => ({ tabId, fromExtensionPage: false });
const account = (id: string, name = `Company ${id}`): Account => ({
  source: 'gainsight', org: 'gitlab.gainsightcloud.com', id, name, fields: {}, unreadable: {}, contacts: [], opportunities: [], programLogs: [],
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the C360 → Cockpit handoff in the background', () => {
  it('hands a company snapshot to the Cockpit page that asks for it, and nothing for other companies', async () => {
    expect(await handoffHandlers['accounts.remember']({ account: account('C1') }, tab(1))).toEqual({ ok: true });
    expect((await handoffHandlers['accounts.recall']({ source: 'gainsight', id: 'C1' }, tab(2))).account?.name).toBe('Company C1');
    expect((await handoffHandlers['accounts.recall']({ source: 'gainsight', id: 'C2' }, tab(2))).account).toBeNull();
  });

  it('refuses what is not an account snapshot, and keeps only the most recent companies', async () => {
    expect(await handoffHandlers['accounts.remember']({ account: { id: 'C1' } as unknown as Account }, tab(1))).toEqual({ ok: false });
    for (let i = 0; i < 25; i++) await handoffHandlers['accounts.remember']({ account: account(`C${i}`) }, tab(1));
    expect((await handoffHandlers['accounts.recall']({ source: 'gainsight', id: 'C0' }, tab(1))).account).toBeNull();
    expect((await handoffHandlers['accounts.recall']({ source: 'gainsight', id: 'C24' }, tab(1))).account).not.toBeNull();
  });

  it('hands a pending start to the same tab once, for the same company only', async () => {
    await handoffHandlers['cockpit.stashStart']({ companyId: 'C1', programId: 'duo-admin-onboarding' }, tab(7));
    expect(await handoffHandlers['cockpit.takeStart']({ companyId: 'C1' }, tab(8))).toEqual({ programId: null });
    expect(await handoffHandlers['cockpit.takeStart']({ companyId: 'C1' }, tab(7))).toEqual({ programId: 'duo-admin-onboarding' });
    expect(await handoffHandlers['cockpit.takeStart']({ companyId: 'C1' }, tab(7))).toEqual({ programId: null });
    await handoffHandlers['cockpit.stashStart']({ companyId: 'C1', programId: 'duo-admin-onboarding' }, tab(7));
    expect(await handoffHandlers['cockpit.takeStart']({ companyId: 'C2' }, tab(7))).toEqual({ programId: null });
  });
});
