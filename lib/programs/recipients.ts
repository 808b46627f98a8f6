/**
 * Who receives a program on this account, and what stands in the way. Contacts are sorted into admins,
 * Sold-To and SaaS Owners/Maintainers once per account; each recipient policy is resolved once per account.
 */
import { hasRole, type Account, type Contact } from '../accounts/account';
import type { CompiledPolicy } from './compile';
import { isClosedLost, isEnrolled } from './conditions';
import type { PlanWarning, Recipient } from './plan';

/** The account's contacts sorted once into the groups recipient policies draw from. */
export interface ContactGroups {
  admins: Recipient[];
  soldTo: Recipient[];
  /** Owners and Maintainers; only filled on SaaS accounts. */
  ownersMaintainers: Recipient[];
}

export interface ResolvedRecipients {
  /** null when the contacts could not be read. */
  recipients: readonly Recipient[] | null;
  warnings: readonly string[];
}

const NONE: readonly string[] = [];
const NO_RECIPIENTS: readonly Recipient[] = [];

export function groupContacts(contacts: readonly Contact[], adminRole: string, saas: boolean): ContactGroups {
  const groups: ContactGroups = { admins: [], soldTo: [], ownersMaintainers: [] };
  for (const contact of contacts) {
    // Most contacts carry no role at all; hasRole lower-cases strings, so skip it for them.
    if (contact.roles.length > 0 && hasRole(contact, adminRole)) groups.admins.push({ contact, via: 'admin' });
    if (contact.soldTo) groups.soldTo.push({ contact, via: 'sold-to' });
    if (saas && contact.permission !== null) {
      groups.ownersMaintainers.push({ contact, via: contact.permission === 'Owner' ? 'saas-owner' : 'saas-maintainer' });
    }
  }
  return groups;
}

/** Both lists, each contact once under its first reason. A list joined with an empty one is shared, not copied. */
function union(first: readonly Recipient[], second: readonly Recipient[]): readonly Recipient[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged = [...first];
  for (const recipient of second) if (!merged.some((r) => r.contact === recipient.contact)) merged.push(recipient);
  return merged;
}

export function resolveRecipients(
  policy: CompiledPolicy, account: Account, groups: ContactGroups | null, adminRole: string,
): ResolvedRecipients {
  if (groups === null) return { recipients: null, warnings: ['Contacts could not be read: recipients unknown'] };
  const noAdmin = groups.admins.length === 0;
  let recipients: readonly Recipient[] = NO_RECIPIENTS;
  let warnings: string[] | null = null;
  if (policy.admins) recipients = groups.admins;
  if (policy.soldTo === 'always' || (policy.soldTo === 'if-no-admin' && noAdmin)) recipients = union(recipients, groups.soldTo);
  if (policy.saasOwnersMaintainers) {
    recipients = union(recipients, groups.ownersMaintainers);
    if (account.fields.deployment === undefined) (warnings ??= []).push('Deployment is unknown: SaaS Owners and Maintainers were not added');
  }
  if (policy.enrollment !== undefined) {
    const enrolled: Recipient[] = [];
    for (const c of account.contacts ?? []) if (isEnrolled(c, policy.enrollment)) enrolled.push({ contact: c, via: 'enrolled' });
    recipients = union(recipients, enrolled);
  }
  if (recipients.length === 0) (warnings ??= []).push(nobodyReason(policy, noAdmin, adminRole));
  for (const { contact } of recipients) if (!contact.email) (warnings ??= []).push(`${contact.name} has no email address`);
  return { recipients, warnings: warnings ?? NONE };
}

function nobodyReason(policy: CompiledPolicy, noAdmin: boolean, role: string): string {
  if (policy.admins && noAdmin && policy.soldTo === 'never') {
    return policy.surveyOrNewsletter
      ? `No ${role}: surveys and newsletters are not sent; Sold-To contacts never receive NPS/CSAT`
      : `No ${role}: this program goes to ${role} contacts only`;
  }
  if (policy.admins && noAdmin) return `No ${role} and no Sold-To contact: nobody to send to`;
  if (policy.soldTo === 'always' && !policy.admins) return 'No Sold-To contact: nobody to send to';
  if (policy.enrollment !== undefined) return `No contact is enrolled in ${policy.enrollment}`;
  return 'Nobody to send to';
}

/** Problems with the account as a whole: contacts, the admin role, and the Sales approval rule. */
export function accountWarnings(
  account: Account, groups: ContactGroups | null, adminRole: string, approvalTypes: ReadonlySet<string>,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (groups === null) {
    warnings.push({
      code: 'contacts-unknown', severity: 'warning',
      message: `Contacts could not be read: recipients are unknown and the ${adminRole} rules cannot be checked`,
    });
  } else if (groups.admins.length === 0) {
    const soldTo = groups.soldTo.map((r) => r.contact.name).join(', ');
    warnings.push(soldTo
      ? { code: 'no-admin', severity: 'warning', message: `No ${adminRole}: programs go to the Sold-To contact (${soldTo}); surveys and newsletters are not sent` }
      : { code: 'no-recipient', severity: 'warning', message: `No ${adminRole} and no Sold-To contact: programs have no recipient` });
  }
  if (groups !== null && groups.admins.length > 0) return warnings;
  for (const opportunity of account.opportunities) {
    const type = opportunity.type?.trim().toLowerCase();
    if (!type || !approvalTypes.has(type) || isClosedLost(opportunity)) continue;
    const named = `Opportunity "${opportunity.name}" (${opportunity.type})`;
    warnings.push(groups === null
      ? { code: 'opportunity-needs-admin', severity: 'warning', opportunity, message: `${named} needs a ${adminRole} contact; the contacts could not be read to check` }
      : { code: 'opportunity-needs-admin', severity: 'blocking', opportunity, message: `${named} needs a ${adminRole} contact before it is submitted for approval: add one to the account` });
  }
  return warnings;
}
