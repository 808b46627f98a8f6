// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, Contact } from '@/lib/shared/accounts/account';
import { PageView } from '../PageView';
import { readyView, renderPanel } from '../test-panel';

afterEach(cleanup);

const TODAY = '2026-11-23';

const contact = (name: string, roles: string[], soldTo = false): Contact => ({
  name, firstName: name.split(' ')[0], email: `${name.split(' ')[0]!.toLowerCase()}@acme.example`, roles, soldTo, enablementEnrollment: [], permission: null,
});

function account(overrides: Partial<Account> = {}): Account {
  return {
    source: 'gainsight', org: 'acme.gainsightcloud.com', id: 'C1', name: 'Acme Corp', unreadable: {}, opportunities: [], programLogs: [],
    fields: {
      customerSince: '2026-11-21', subscriptionStartDate: '2026-11-21', renewalDate: '2027-11-21', lastRenewalDate: null,
      arr: 12000, segment: 'Tech Touch', csm: null, csmEmail: null, csmAssignedDate: null, plan: 'Premium', ultimateSince: null,
      duoPurchaseDate: null, deployment: 'Self-Managed', ciScore: 'Green', ciUtilization: 50, licenseUtilization: 90,
      issuesEpicsCreated: 10, activeSubscription: true, controlGroup: false,
    },
    contacts: [contact('Ada Admin', ['GitLab Admin', 'Billing Contact']), contact('Sam Buyer', [], true)],
    ...overrides,
  };
}

async function show(a: Account) {
  const panel = renderPanel(<PageView />, { today: TODAY });
  await panel.show(readyView(a));
}

describe('the account plan in the panel', () => {
  it('lists a program due on day 2 under "Due now", named by the program, with its recipients', async () => {
    await show(account());
    const due = screen.getByRole('list', { name: 'Due now' });
    const item = within(due).getByRole('listitem', { name: /^Net-New Onboarding/ });
    expect(item.textContent).toContain('Due today');
    expect(item.textContent).toContain('Ada Admin (GitLab Admin)');
    expect(screen.getByRole('list', { name: 'Upcoming' })).toBeTruthy();
  });

  it('confirms the GitLab Admin by name', async () => {
    await show(account());
    expect(screen.getAllByRole('status').find((s) => s.textContent?.startsWith('GitLab Admin:'))!.textContent).toMatch(/^GitLab Admin: ✓ Ada Admin$/);
  });

  it('says what follows when there is no GitLab Admin', async () => {
    await show(account({ contacts: [contact('Sam Buyer', ['Billing Contact'], true)] }));
    const status = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('GitLab Admin:'))!;
    expect(status.textContent).toContain('none on this account');
    expect(status.textContent).toMatch(/Go to the Sold-To contact \(Sam Buyer\) instead: Net-New Onboarding[,.]/);
  });

  it('names the programs held back until a contact is GitLab Admin, and links each to the fix', async () => {
    // Six months a customer: the CSAT survey is due, and no Sold-To contact may receive it.
    await show(account({ fields: { ...account().fields, customerSince: '2026-05-23' }, contacts: [contact('Sam Buyer', ['Billing Contact'], true)] }));
    // Said once, by the next action at the top: the fix, and what waits for it.
    const next = screen.getByRole('region', { name: 'Next action' });
    expect(next.textContent).toMatch(/Make a contact GitLab Admin\. Until then [^.]*Customer CSAT Survey is held back/);
    const status = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('GitLab Admin:'))!;
    expect(status.textContent).not.toMatch(/Customer CSAT Survey/);
    const survey = within(screen.getByRole('list', { name: 'Held back' })).getByRole('listitem', { name: /^Customer CSAT Survey/ });
    expect(within(survey).getByRole('link', { name: 'make a contact GitLab Admin' }).getAttribute('href')).toBe('#pc-role-fix');
  });

  it('says which field could not be read on the programs it leaves undecided, once, under Needs data', async () => {
    const a = account();
    delete a.fields.lastRenewalDate;
    a.unreadable.lastRenewalDate = 'sometime soon';
    await show(a);
    const item = within(screen.getByRole('list', { name: 'Needs data' })).getByRole('listitem', { name: /^Post-renewal onboarding/i });
    expect(item.textContent).toContain('sometime soon');
    expect(screen.queryByRole('region', { name: 'Could not be read' })).toBeNull();
  });

  it('puts the oldest due program on top as the next action, and does not list it again', async () => {
    await show(account());
    const next = screen.getByRole('region', { name: 'Next action' });
    expect(within(next).getByRole('listitem', { name: /^Net-New Onboarding/ })).toBeTruthy();
    expect(screen.getAllByRole('listitem', { name: /^Net-New Onboarding/ })).toHaveLength(1);
  });

  it('keeps each program’s seed sentences and team’s choices behind one closed Why?, and says once what a seed is', async () => {
    await show(account());
    const item = screen.getByRole('listitem', { name: /^Net-New Onboarding/ });
    const why = item.querySelector('details.pc-why') as HTMLDetailsElement;
    expect(why.open).toBe(false);
    expect(why.textContent).toContain('Seed 004: “Net-New Onboarding | Day 2 of new subscription | All”');
    expect(why.textContent).toContain("the team's choice");
    expect(screen.getAllByText(/quotes the seeds/)).toHaveLength(1);
  });

  it('lists Event Follow-Up once, under Not tracked here, never under Needs data', async () => {
    await show(account());
    const untracked = screen.getByRole('list', { name: 'Not tracked here', hidden: true });
    expect(within(untracked).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([expect.stringMatching(/^Event Follow-Up: .*attendee list/)]);
    expect(screen.queryByRole('listitem', { name: /^Event Follow-Up/ })).toBeNull();
  });

  it('folds the programs that do not apply, each with its reason', async () => {
    await show(account());
    const notEligible = screen.getByRole('list', { name: 'Not eligible', hidden: true });
    const coach = within(notEligible).getByRole('listitem', { name: /^CI Product Coach/, hidden: true });
    expect(coach.textContent).toMatch(/Scale|CSE/);
  });
});
