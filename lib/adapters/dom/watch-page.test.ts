// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from './watch-page';

afterEach(() => {
  document.body.innerHTML = '';
});

const readName = () => document.querySelector('h1')?.textContent ?? null;

describe('waiting for late page data', () => {
  it('reports data that arrives after the URL changed, then stops watching', async () => {
    const seen: (string | null)[] = [];
    const done = watchPage({ signal: new AbortController().signal, read: readName, isComplete: (v) => v !== null, onChange: (v) => seen.push(v), settleMs: 20 });
    setTimeout(() => document.body.append(Object.assign(document.createElement('h1'), { textContent: 'Acme' })), 30);
    await expect(done).resolves.toBe('Acme');
    expect(seen).toEqual([null, 'Acme']);
  });

  it('sees changes inside an open shadow root', async () => {
    const host = document.createElement('gs-widget');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const read = () => shadow.querySelector('span')?.textContent ?? null;
    const done = watchPage({ signal: new AbortController().signal, read, isComplete: (v) => v !== null, onChange: () => {}, settleMs: 10 });
    setTimeout(() => (shadow.innerHTML = '<span>Red</span>'), 20);
    await expect(done).resolves.toBe('Red');
  });

  it('gives up at the time limit with what it has, so missing fields can be reported', async () => {
    await expect(watchPage({ signal: new AbortController().signal, read: readName, isComplete: (v) => v !== null, onChange: () => {}, timeoutMs: 50 })).resolves.toBeNull();
  });

  it('stops at once when the user navigates away', async () => {
    const controller = new AbortController();
    const onChange = vi.fn();
    const done = watchPage({ signal: controller.signal, read: readName, isComplete: () => false, onChange });
    controller.abort();
    await expect(done).rejects.toBeDefined();
    document.body.append(document.createElement('h1'));
    await new Promise((r) => setTimeout(r, 40));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
