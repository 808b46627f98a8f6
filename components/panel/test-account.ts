/**
 * The panel's component tests' account: a new Tech Touch customer two days in (Net-New Onboarding's
 * first email is due, other programs come later), with a GitLab Admin and a Sold-To contact.
 */
import type { Account, Contact } from '@/lib/shared/accounts/account';

export const contact = (name: string, roles: string[], soldTo = false): Contact => ({
  name, firstName: name.split(' ')[0], email: `${name.split(' ')[0]!.toLowerCase()}@acme.example`, roles, soldTo, enablementEnrollment: [], permission: null,
});

export function account(overrides: Partial<Account> = {}): Account {
  return {
    source: 'gainsight', org: 'acme.gainsightcloud.com', id: 'C1', name: 'Acme Corp', url: 'https://acme.gainsightcloud.com/v1/ui/customersuccess360?cid=C1',
    unreadable: {}, opportunities: [], programLogs: [],
    fields: {
      customerSince: '2026-11-21', subscriptionStartDate: '2026-11-21', renewalDate: '2027-11-21', lastRenewalDate: null,
      arr: 12000, segment: 'Tech Touch', csm: 'Dana Whitfield', csmEmail: 'dana@gitlab.example', csmAssignedDate: null, plan: 'Premium',
      ultimateSince: null, duoPurchaseDate: null, deployment: 'Self-Managed', ciScore: 'Green', ciUtilization: 50, licenseUtilization: 90,
      issuesEpicsCreated: 10, activeSubscription: true, controlGroup: false,
    },
    contacts: [contact('Ada Admin', ['GitLab Admin']), contact('Sam Buyer', [], true)],
    ...overrides,
  };
}
