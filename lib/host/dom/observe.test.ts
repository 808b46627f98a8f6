// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observe, waitFor, watchPage } from './observe';

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

describe('waiting for one thing', () => {
  it('finds what appears later, and gives null at the time limit', async () => {
    const found = waitFor(() => document.querySelector('dialog'), { timeoutMs: 500 });
    setTimeout(() => document.body.append(document.createElement('dialog')), 20);
    await expect(found).resolves.toBeInstanceOf(HTMLElement);
    await expect(waitFor(() => document.querySelector('nav'), { timeoutMs: 40 })).resolves.toBeNull();
  });

  it('watches only the root it is given, and stops observing once found', async () => {
    const checks = vi.fn(() => false);
    const controller = new AbortController();
    const root = document.createElement('section');
    document.body.append(root);
    const done = observe(checks, { signal: controller.signal, root, subtree: false });
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 60));
    expect(checks).toHaveBeenCalledTimes(1);
    root.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 60));
    expect(checks).toHaveBeenCalledTimes(2);
    controller.abort();
    await done;
    root.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 60));
    expect(checks).toHaveBeenCalledTimes(2);
  });
});
