// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from './Sidebar';
import { SidebarStoreProvider } from './StoreContext';
import { createSidebarStore } from './store';
import { CURRENT_CATALOG, DEFAULT_ENGINE_SETTINGS, evaluate } from '@/lib/programs';
import type { Account } from '@/lib/accounts/account';

const ACCOUNT: Account = { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C1', name: 'Acme', fields: {}, unreadable: {}, contacts: [], opportunities: [], programLogs: [] };

afterEach(cleanup);

function renderSidebar(open = true) {
  const onOpenChange = vi.fn();
  const store = createSidebarStore(open, onOpenChange);
  render(
    <SidebarStoreProvider value={store}>
      <Sidebar />
    </SidebarStoreProvider>,
  );
  return { store, onOpenChange };
}

const page = { site: 'gainsight', kind: 'company', id: 'C1' } as const;

describe('Sidebar shell', () => {
  it('is a complementary landmark named "Playbook companion" that says it is loading', () => {
    renderSidebar();
    expect(screen.getByRole('complementary', { name: 'Playbook companion' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Reading the account…');
  });

  it('opens and closes from its tab with the keyboard, and remembers the choice', async () => {
    const { onOpenChange } = renderSidebar(false);
    const tab = screen.getByRole('button', { name: 'Open playbook panel' });
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('heading', { name: 'Playbook companion' })).toBeNull();
    tab.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Close playbook panel' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Playbook companion' })).toBeTruthy();
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
  });

  it('shows an error as an alert with what to do', () => {
    const { store } = renderSidebar();
    act(() =>
      store.getState().show(page, {
        status: 'error',
        title: 'Salesforce',
        message: 'You are not signed in to Salesforce in this browser.',
        action: { label: 'Sign in to Salesforce', href: 'https://gitlab.my.salesforce.com/' },
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('not signed in');
    expect(screen.getByRole('link', { name: 'Sign in to Salesforce' }).getAttribute('href')).toBe('https://gitlab.my.salesforce.com/');
  });

  it('renders page text as text, never as markup', () => {
    const { store } = renderSidebar();
    const account = { ...ACCOUNT, name: '<img src=x onerror=alert(1)>Acme' };
    act(() => store.getState().show(page, { status: 'ready', account, plan: evaluate(CURRENT_CATALOG, account, '2026-11-23', [], DEFAULT_ENGINE_SETTINGS), reading: false }));
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>Acme' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
