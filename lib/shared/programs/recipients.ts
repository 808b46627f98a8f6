/**
 * Who receives a program on this account, and what stands in the way. Contacts are sorted into admins,
 * Sold-To, SaaS Owners/Maintainers and enrolled once per account; each recipient policy is resolved once
 * per account.
 *
 * A partial contact list (a virtualized grid, a read cut short) can prove an admin exists, never that none
 * does: without a visible admin, whatever depends on there being none (the Sold-To fallback, "nobody to
 * send to") is unknown, never concluded.
 */
import { hasRole, type Account, type Segment } from '../accounts/account';
import type { CompiledPolicy } from './compile';
import { isClosedDeal } from './deals';
import type { EntryFix, PlanWarning, Recipient } from './plan';

/** The account's contacts sorted once into the groups recipient policies draw from. */
export interface ContactGroups {
  admins: readonly Recipient[];
  soldTo: readonly Recipient[];
  /** Owners and Maintainers; only filled on SaaS accounts. */
  ownersMaintainers: readonly Recipient[];
  /** The list is only part of the account's contacts: the user's words for why. */
  incomplete: string | null;
  /** Every admin has an email address. */
  adminsReachable: boolean;
  /** Every Sold-To contact, and every Owner and Maintainer, has one: then no recipient list drawn from them needs a warning. */
  soldToReachable: boolean;
  ownersReachable: boolean;
}

/** Why nobody receives a program, and what the user can do. */
export interface Nobody {
  reason: string;
  /** The reason alone as an entry's list ([reason]), made once. */
  reasons: readonly string[];
  fix: EntryFix | null;
}

export interface ResolvedRecipients {
  /** null when who receives it cannot be told (the contacts could not be read, or only partly without an admin). */
  recipients: readonly Recipient[] | null;
  warnings: readonly string[];
  /** Set when the list is known to be empty: why, and what the user can do. */
  nobody: Nobody | null;
}

const NO_RECIPIENTS: readonly Recipient[] = [];
const NO_GROUP: readonly Recipient[] = Object.freeze([]);
const CONTACTS_UNKNOWN: ResolvedRecipients = Object.freeze({
  recipients: null, warnings: Object.freeze(['Contacts could not be read: recipients unknown']), nobody: null,
});

/** `adminRoleKey`: the role trimmed and lower-cased, as hasRole compares it (made once per settings). */
export function groupContacts(account: Account, adminRole: string, adminRoleKey: string, saas: boolean): ContactGroups | null {
  const { contacts } = account;
  if (contacts === undefined) return null;
  // Lists are made on their first member, at that size: most accounts have no Owners, many no Sold-To contact.
  let admins: Recipient[] | null = null;
  let soldTo: Recipient[] | null = null;
  let ownersMaintainers: Recipient[] | null = null;
  let adminsReachable = true;
  let soldToReachable = true;
  let ownersReachable = true;
  for (let i = 0; i < contacts.length; i++) {
    const contact = contacts[i]!;
    // Most contacts carry no role at all; hasRole lower-cases strings, so skip it for them.
    if (contact.roles.length > 0 && hasRole(contact, adminRole, adminRoleKey)) {
      const admin: Recipient = { contact, via: 'admin' };
      if (admins === null) admins = [admin];
      else admins.push(admin);
      if (!contact.email) adminsReachable = false;
    }
    if (contact.soldTo) {
      const buyer: Recipient = { contact, via: 'sold-to' };
      if (soldTo === null) soldTo = [buyer];
      else soldTo.push(buyer);
      if (!contact.email) soldToReachable = false;
    }
    if (saas && contact.permission !== null) {
      const owner: Recipient = { contact, via: contact.permission === 'Owner' ? 'saas-owner' : 'saas-maintainer' };
      if (ownersMaintainers === null) ownersMaintainers = [owner];
      else ownersMaintainers.push(owner);
      if (!contact.email) ownersReachable = false;
    }
  }
  return {
    admins: admins ?? NO_GROUP, soldTo: soldTo ?? NO_GROUP, ownersMaintainers: ownersMaintainers ?? NO_GROUP,
    incomplete: account.contactsIncomplete || null,
    adminsReachable, soldToReachable, ownersReachable,
  };
}

/** Both lists, each contact once under its first reason. A list joined with an empty one is shared, not copied. */
function union(first: readonly Recipient[], second: readonly Recipient[]): readonly Recipient[] {
  if (second.length === 0) return first;
  if (first.length === 0) return second;
  const merged = [...first];
  for (const recipient of second) if (!merged.some((r) => r.contact === recipient.contact)) merged.push(recipient);
  return merged;
}

/** What resolving a policy reads from the account being planned. */
export interface RecipientContext {
  readonly account: Account;
  readonly groups: ContactGroups | null;
  readonly adminRole: string;
  /** The account's segment; undefined when it cannot be told. */
  readonly segment: Segment | null | undefined;
  /**
   * The one resolution for a list with no warnings: several policies often resolve to the same list (the
   * admins), and need not each make an object for it.
   */
  plain(recipients: readonly Recipient[]): ResolvedRecipients;
  /**
   * Nobody to send to, with no other warning: the same on every account where it happens (nobodyReason's
   * inputs), so one frozen resolution is shared by all of them.
   */
  nobody(policy: CompiledPolicy, noAdmin: boolean, adminRequired: boolean, segment: Segment | null | undefined): ResolvedRecipients;
}

/** `enrolled`: the contacts enrolled in the policy's campaign; null when it names none. */
export function resolveRecipients(policy: CompiledPolicy, context: RecipientContext, enrolled: readonly Recipient[] | null): ResolvedRecipients {
  const { account, groups, adminRole } = context;
  if (groups === null) return CONTACTS_UNKNOWN;
  // The usual case: the account has admins, and the policy sends to them and to no one else.
  if (policy.admins && policy.soldTo !== 'always' && !policy.saasOwnersMaintainers && enrolled === null && groups.admins.length > 0 && groups.adminsReachable) {
    return context.plain(groups.admins);
  }
  const noAdmin = groups.admins.length === 0;
  let warnings: string[] | null = null;
  let recipients: readonly Recipient[] = NO_RECIPIENTS;
  // Whether every recipient so far has an email address, so the list needs no look for those without.
  let reachable = true;
  if (policy.admins) {
    recipients = groups.admins;
    reachable = groups.adminsReachable;
  }

  const fallback = policy.soldTo === 'always' || (policy.soldTo === 'if-no-admin' && noAdmin);
  // A partial list without a visible admin cannot tell whether the account has none.
  const unknownAdmin: ResolvedRecipients | null = policy.admins && noAdmin && groups.incomplete !== null
    ? { recipients: null, nobody: null, warnings: [`Only part of the contacts could be read (${groups.incomplete}) and none of them is ${adminRole}: who receives it cannot be told`] }
    : null;
  if (policy.soldTo === 'if-no-admin' && noAdmin && policy.admins) {
    if (unknownAdmin) return unknownAdmin;
    // Whether this segment allows the fallback must be known too.
    if (policy.adminRequired !== null && context.segment === undefined) {
      return { recipients: null, nobody: null, warnings: [`The segment is unknown, so whether the Sold-To contact may receive it without a ${adminRole} cannot be told`] };
    }
  }
  const adminRequired = policy.adminRequired !== null && context.segment != null && policy.adminRequired.has(context.segment);
  if (fallback && !adminRequired) {
    const noSoldToField = account.contactFieldNotes?.soldTo;
    if (noSoldToField && groups.soldTo.length === 0) return { recipients: null, nobody: null, warnings: [`Sold-To contacts cannot be told: ${noSoldToField}`] };
    recipients = union(recipients, groups.soldTo);
    reachable &&= groups.soldToReachable;
  }
  if (policy.saasOwnersMaintainers) {
    recipients = union(recipients, groups.ownersMaintainers);
    reachable &&= groups.ownersReachable;
    if (account.fields.deployment === undefined) (warnings ??= []).push('Deployment is unknown: SaaS Owners and Maintainers were not added');
  }
  if (enrolled !== null && enrolled.length > 0) {
    recipients = union(recipients, enrolled);
    reachable = false; // not looked at yet
  }

  if (recipients.length === 0) {
    if (unknownAdmin) return unknownAdmin;
    if (warnings === null) return context.nobody(policy, noAdmin, adminRequired, context.segment);
    return { recipients, warnings, nobody: nobodyReason(policy, noAdmin, adminRequired, adminRole, context.segment) };
  }
  if (!reachable) {
    for (let i = 0; i < recipients.length; i++) {
      const { contact } = recipients[i]!;
      if (!contact.email) (warnings ??= []).push(`${contact.name} has no email address`);
    }
  }
  return warnings === null ? context.plain(recipients) : { recipients, warnings, nobody: null };
}

export function nobodyReason(
  policy: CompiledPolicy, noAdmin: boolean, adminRequired: boolean, role: string, segment: Segment | null | undefined,
): Nobody {
  const [reason, fix] = nobodyWords(policy, noAdmin, adminRequired, role, segment);
  return { reason, reasons: Object.freeze([reason]), fix };
}

function nobodyWords(
  policy: CompiledPolicy, noAdmin: boolean, adminRequired: boolean, role: string, segment: Segment | null | undefined,
): [string, EntryFix | null] {
  const makeAdmin = `Make a contact ${role} to send it`;
  if (policy.admins && noAdmin && policy.soldTo === 'never') {
    return [
      policy.survey
        ? `No ${role}: surveys go to ${role} contacts only, and Sold-To contacts never receive NPS/CSAT. ${makeAdmin}.`
        : `No ${role}: this program goes to ${role} contacts only. ${makeAdmin}.`,
      'make-admin',
    ];
  }
  if (policy.admins && noAdmin && adminRequired) {
    return [`No ${role}: on ${segment} accounts this program requires a ${role}, so the Sold-To contact does not receive it. ${makeAdmin}.`, 'make-admin'];
  }
  if (policy.admins && noAdmin) return [`No ${role} and no Sold-To contact: nobody to send to. ${makeAdmin}.`, 'make-admin'];
  if (policy.enrollment !== undefined) {
    return [`No contact is enrolled in ${policy.enrollment}: enroll contacts through their Enablement Enrollment to send it.`, 'enroll'];
  }
  if (policy.soldTo === 'always' && !policy.admins) return ['No Sold-To contact: nobody to send to.', null];
  return ['Nobody to send to.', null];
}

/** The same warning on every account without any recipient: one frozen record per admin role. */
const noRecipients = new Map<string, PlanWarning>();
function noRecipient(adminRole: string): PlanWarning {
  let warning = noRecipients.get(adminRole);
  if (warning === undefined) {
    if (noRecipients.size >= 64) noRecipients.clear();
    warning = Object.freeze({ code: 'no-recipient', severity: 'warning', message: `No ${adminRole} and no Sold-To contact: programs have no recipient` });
    noRecipients.set(adminRole, warning);
  }
  return warning;
}

/** Opportunity types as approval types are matched (trimmed, lower-cased), kept by the text: books repeat a few types. */
const opportunityTypes = new Map<string, string>();
function opportunityType(type: string): string {
  let key = opportunityTypes.get(type);
  if (key === undefined) {
    if (opportunityTypes.size >= 1024) opportunityTypes.clear();
    key = type.trim().toLowerCase();
    opportunityTypes.set(type, key);
  }
  return key;
}

/** Problems with the account as a whole: contacts, the admin role, and the Sales approval rule. */
export function accountWarnings(
  account: Account, groups: ContactGroups | null, adminRole: string, approvalTypes: ReadonlySet<string>, segment: Segment | null | undefined,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  if (groups === null) {
    warnings.push({
      code: 'contacts-unknown', severity: 'warning',
      message: `Contacts could not be read: recipients are unknown and the ${adminRole} rules cannot be checked`,
    });
  } else if (groups.admins.length === 0 && groups.incomplete !== null) {
    warnings.push({
      code: 'contacts-incomplete', severity: 'warning',
      message: `Only part of the contacts could be read (${groups.incomplete}): none of them is ${adminRole}, which does not mean the account has none`,
    });
  } else if (groups.admins.length === 0) {
    const soldTo = groups.soldTo.length === 1 ? groups.soldTo[0]!.contact.name : groups.soldTo.map((r) => r.contact.name).join(', ');
    const notSent = segment === 'CSM-Assigned' ? 'surveys and newsletters are not sent' : 'NPS/CSAT surveys are not sent';
    warnings.push(soldTo
      ? { code: 'no-admin', severity: 'warning', message: `No ${adminRole}: programs go to the Sold-To contact (${soldTo}); ${notSent}` }
      : noRecipient(adminRole));
  }
  if (groups !== null && groups.admins.length > 0) return warnings;
  const cannotCheck = groups === null ? 'the contacts could not be read to check' : groups.incomplete !== null ? 'only part of the contacts could be read to check' : null;
  for (const opportunity of account.opportunities) {
    const type = typeof opportunity.type === 'string' ? opportunityType(opportunity.type) : '';
    // A closed deal (Won or Lost) was approved or dropped already: it waits for nothing, so it never blocks.
    if (!type || !approvalTypes.has(type) || isClosedDeal(opportunity)) continue;
    const named = `Opportunity "${opportunity.name}" (${opportunity.type})`;
    warnings.push(cannotCheck
      ? { code: 'opportunity-needs-admin', severity: 'warning', opportunity, message: `${named} needs a ${adminRole} contact; ${cannotCheck}` }
      : { code: 'opportunity-needs-admin', severity: 'blocking', opportunity, message: `${named} needs a ${adminRole} contact before it is submitted for approval: add one to the account` });
  }
  return warnings;
}
