/** A deal's stage, read by meaning: closed or open, lost or won. */
import type { Opportunity } from '../accounts/account';

/** "Closed Lost", the seed's "Closed-Lost", "closed_lost": the stage's words, whatever joins them. */
const CLOSED_LOST = /\bclosed[\s_-]*lost\b/i;

/** Salesforce's own IsClosed/IsWon decide when given; otherwise the stage's name, matched by meaning. */
export function isClosedLost(opportunity: Opportunity): boolean {
  if (opportunity.isClosed === true && typeof opportunity.isWon === 'boolean') return !opportunity.isWon;
  if (opportunity.isClosed === false) return false;
  return CLOSED_LOST.test(opportunity.stage ?? '');
}

/** "Closed Won", "Closed Lost", "closed_won": a closed stage's words, whatever joins them. */
const CLOSED = /\bclosed[\s_-]*(won|lost)\b/i;

/**
 * Whether a deal is closed (Won or Lost): Salesforce's own IsClosed decides when given; otherwise the
 * stage's name, matched by meaning as isClosedLost does. Only an open deal can wait for approval.
 */
export function isClosedDeal(opportunity: Opportunity): boolean {
  if (typeof opportunity.isClosed === 'boolean') return opportunity.isClosed;
  return CLOSED.test(opportunity.stage ?? '');
}

/** The most recent Closed Lost opportunity; those without a close date come last. */
export function latestClosedLost(opportunities: readonly Opportunity[]): Opportunity | undefined {
  let latest: Opportunity | undefined;
  for (const opportunity of opportunities) {
    if (!isClosedLost(opportunity)) continue;
    if (!latest || (opportunity.closeDate ?? '') > (latest.closeDate ?? '')) latest = opportunity;
  }
  return latest;
}
