import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { type Handlers, handleMessages, handlerFor } from './protocol';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** The background's listener as installed, called the way the runtime calls it. */
function installed(handlers: Partial<Handlers>) {
  const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  handleMessages(handlers as Handlers);
  const listener = add.mock.calls[0]![0] as unknown as (message: unknown, sender: object) => unknown;
  const fromOptions = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
  return (message: unknown) => listener(message, fromOptions);
}

describe('message dispatch', () => {
  const handlers: Partial<Handlers> = { 'settings.get': vi.fn(async () => ({}) as never) };

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('never takes the inherited name %s for a handler', (type) => {
    expect(handlerFor(handlers, type)).toBeNull();
    const dispatch = installed(handlers);
    expect(dispatch({ type, payload: {} })).toBeUndefined();
  });

  it('dispatches a message to its own handler', async () => {
    const dispatch = installed(handlers);
    await dispatch({ type: 'settings.get', payload: {} });
    expect(handlers['settings.get']).toHaveBeenCalledTimes(1);
  });
});
