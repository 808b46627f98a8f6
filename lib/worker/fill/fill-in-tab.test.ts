import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { TabCommand } from '../../shared/messaging/fill-messages';
import { fillInTab } from './fill-in-tab';

const C360 = 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=1P02ABC';
const command: TabCommand = { type: 'fill.emailDialog', email: { to: [], cc: [], subject: 'S', html: '<p>B</p>', values: {} } };

beforeEach(() => fakeBrowser.reset());

describe('filling a tab', () => {
  it('fills nothing in a tab that has moved to another page since its record was read', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://gitlab.gainsightcloud.com/v1/ui/customersuccess360?cid=OTHER' });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const outcome = await fillInTab({ tabId: tab.id!, url: C360 }, command);
    expect(outcome).toMatchObject({ kind: 'unavailable', moved: true });
    expect(inject).not.toHaveBeenCalled();
  });

  it('goes ahead on the same page, whatever section its hash routes to', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${C360}#/people` });
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ kind: 'unavailable', message: 'No Edit Email dialog is open.' });
    const outcome = await fillInTab({ tabId: tab.id!, url: C360 }, command);
    expect(inject).toHaveBeenCalledOnce();
    expect(outcome).toEqual({ kind: 'unavailable', message: 'No Edit Email dialog is open.' });
  });
});
