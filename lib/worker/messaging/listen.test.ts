import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Handlers, handlerFor } from '../../shared/messaging/protocol';
import { handleMessages } from './listen';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The background's listener as installed, called the way the runtime calls it. */
function installed(handlers: Partial<Handlers>, sender: object = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') }) {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  handleMessages(handlers as Handlers);
  const listener = add.mock.calls[0]![0] as unknown as (message: unknown, sender: object) => unknown;
  return (message: unknown) => listener(message, sender);
}

describe('who may send what', () => {
  const contentScript = { id: fakeBrowser.runtime.id, url: 'https://gitlab.lightning.force.com/lightning/r/Account/001000000000001AAA/view', tab: { id: 4 }, frameId: 0 };

  it("refuses every write from a content script, before any handler runs", async () => {
    const makeAdmin = vi.fn(async () => ({ ok: true }) as never);
    const dispatch = installed({ 'salesforce.makeAdmin': makeAdmin }, contentScript);
    await expect(dispatch({ type: 'salesforce.makeAdmin', payload: { tabId: 4, contactId: '003' } })).rejects.toThrow(
      "salesforce.makeAdmin is only accepted from the extension's own pages",
    );
    expect(makeAdmin).not.toHaveBeenCalled();
  });

  it('takes a reading and "open the panel" from a content script', async () => {
    const snapshot = vi.fn(async () => ({ ok: true }));
    const dispatch = installed({ 'page.snapshot': snapshot }, contentScript);
    await dispatch({ type: 'page.snapshot', payload: {} });
    expect(snapshot).toHaveBeenCalledWith({}, expect.objectContaining({ tabId: 4, fromExtensionPage: false }));
  });

  it('does not take a page of another extension or a web page for one of ours', async () => {
    const clear = vi.fn(async () => ({ ok: true }) as never);
    const dispatch = installed({ 'data.clearAll': clear }, { id: 'another-extension', url: 'chrome-extension://another-extension/options.html' });
    await expect(dispatch({ type: 'data.clearAll', payload: {} })).rejects.toThrow('only accepted');
    expect(clear).not.toHaveBeenCalled();
  });
});

describe('message dispatch', () => {
  const handlers: Partial<Handlers> = { 'catalog.get': vi.fn(async () => ({}) as never) };

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('never takes the inherited name %s for a handler', (type) => {
    expect(handlerFor(handlers, type)).toBeNull();
    const dispatch = installed(handlers);
    expect(dispatch({ type, payload: {} })).toBeUndefined();
  });

  it('dispatches a message to its own handler', async () => {
    const dispatch = installed(handlers);
    await dispatch({ type: 'catalog.get', payload: {} });
    expect(handlers['catalog.get']).toHaveBeenCalledTimes(1);
  });
});
