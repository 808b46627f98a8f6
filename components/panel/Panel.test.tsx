// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '@/lib/shared/accounts/account';
import { Panel } from './Panel';
import { WHERE_IT_WORKS } from './NotARecordView';
import { readyView, renderPanel } from './test-panel';

const ACCOUNT: Account = { source: 'gainsight', org: 'gitlab.gainsightcloud.com', id: 'C1', name: 'Acme', fields: {}, unreadable: {}, contacts: [], opportunities: [], programLogs: [] };

afterEach(cleanup);

describe('the side panel', () => {
  it('is a main landmark named "Playbook companion" that says it is reading until the background answers', () => {
    renderPanel(<Panel />);
    const panel = screen.getByRole('main', { name: 'Playbook companion' });
    expect(within(panel).getByRole('status').textContent).toBe('Reading the account…');
  });

  it('shows an error as an alert with what to do', async () => {
    const { show } = renderPanel(<Panel />);
    await show({ status: 'error', title: 'Salesforce', message: 'You are not signed in to Salesforce in this browser.', action: { label: 'Sign in to Salesforce', href: 'https://gitlab.my.salesforce.com/' } });
    expect(screen.getByRole('alert').textContent).toContain('not signed in');
    expect(screen.getByRole('link', { name: 'Sign in to Salesforce' }).getAttribute('href')).toBe('https://gitlab.my.salesforce.com/');
  });

  it('renders page text as text, never as markup', async () => {
    const { show } = renderPanel(<Panel />);
    await show(readyView({ ...ACCOUNT, name: '<img src=x onerror=alert(1)>Acme' }));
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>Acme' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('on a page that is not an account, says where it works and lists the pending sends', async () => {
    const { show } = renderPanel(<Panel />);
    await show({ status: 'not-a-record' });
    expect(screen.getByText(WHERE_IT_WORKS)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Pending sends', level: 2 })).toBeTruthy();
  });

  it('switches between its views with the arrow keys, as tabs do', async () => {
    const user = userEvent.setup();
    const { show } = renderPanel(<Panel />);
    await show(readyView(ACCOUNT));
    const tab = screen.getByRole('tab', { name: 'This page' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    tab.focus();
    await user.keyboard('{ArrowRight}');
    const pending = screen.getByRole('tab', { name: 'Pending sends' });
    expect(document.activeElement).toBe(pending);
    expect(pending.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Pending sends' })).toBeTruthy();
  });
});
