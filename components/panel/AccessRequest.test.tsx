// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostAccess } from '@/lib/ui/panel/permissions';
import { sitesOf } from '@/lib/ui/panel/permissions';
import { ALLOW_ACCESS, AccessRequest, HostAccessContext } from './AccessRequest';

afterEach(cleanup);

const GAINSIGHT = 'https://*.gainsightcloud.com/*';
const SALESFORCE = ['https://*.my.salesforce.com/*', 'https://*.lightning.force.com/*'];

/** A browser whose user has turned off `off`; `allow` is what its prompt answers. */
function fakeAccess(off: string[], allow = true) {
  let missing = [...off];
  const listeners = new Set<() => void>();
  const access = {
    missing: vi.fn(async () => [...missing]),
    onChange: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    request: vi.fn(async (origins: string[]) => {
      if (allow) missing = missing.filter((o) => !origins.includes(o));
      return allow;
    }),
  } satisfies HostAccess;
  /** The user changes a site in the browser's settings. */
  const set = async (next: string[]) => {
    missing = next;
    await act(async () => listeners.forEach((l) => l()));
  };
  return { access, set, listeners };
}

const renderWith = (access: HostAccess | null) =>
  render(
    <HostAccessContext.Provider value={access}>
      <AccessRequest />
    </HostAccessContext.Provider>,
  );

describe('asking for access to Gainsight and Salesforce again', () => {
  it('says nothing while every site is on, or when no browser access is given (component tests)', async () => {
    const { access } = fakeAccess([]);
    renderWith(access);
    await act(async () => undefined);
    expect(screen.queryByRole('button')).toBeNull();
    cleanup();
    renderWith(null);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('names the site that is off, and asks the browser for exactly that inside the click', async () => {
    const { access } = fakeAccess([GAINSIGHT]);
    renderWith(access);
    expect(await screen.findByRole('heading', { name: 'No access to Gainsight' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: ALLOW_ACCESS }));
    // Synchronously, still inside the user's click: the browser only prompts during the gesture.
    expect(access.request).toHaveBeenCalledWith([GAINSIGHT]);
    const done = await screen.findByRole('status');
    expect(done.textContent).toBe('Access allowed: the companion reads Gainsight and Salesforce pages again.');
    // The button is gone; focus is on what replaced it, not lost to the page.
    expect(screen.queryByRole('button', { name: ALLOW_ACCESS })).toBeNull();
    expect(document.activeElement).toBe(done);
  });

  it('says so when the browser does not allow it, and keeps the button', async () => {
    const { access } = fakeAccess([GAINSIGHT, ...SALESFORCE], false);
    renderWith(access);
    expect(await screen.findByRole('heading', { name: 'No access to Gainsight and Salesforce' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: ALLOW_ACCESS }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your browser did not allow access.');
    expect(screen.getByRole('button', { name: ALLOW_ACCESS })).toBeTruthy();
  });

  it('appears when the user turns a site off while it is open, and goes when it is turned on elsewhere', async () => {
    const { access, set, listeners } = fakeAccess([]);
    const { unmount } = renderWith(access);
    await act(async () => undefined);
    await set(SALESFORCE);
    expect(screen.getByRole('heading', { name: 'No access to Salesforce' })).toBeTruthy();
    await set([]);
    expect(screen.queryByRole('button', { name: ALLOW_ACCESS })).toBeNull();
    unmount();
    expect(listeners.size).toBe(0);
  });
});

describe('sitesOf', () => {
  it('names the sites a user knows, and any other pattern by its text', () => {
    expect(sitesOf([SALESFORCE[1]!, GAINSIGHT])).toEqual(['Gainsight', 'Salesforce']);
    expect(sitesOf(['https://cs.acme.example/*'])).toEqual(['https://cs.acme.example/*']);
  });
});
