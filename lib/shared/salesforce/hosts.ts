/**
 * The host names of a Salesforce org (enhanced My Domain). Lightning and the REST API live on two
 * hosts of the same org; the API must be called on `my.salesforce.com`, since Lightning's redirect
 * drops the Authorization header.
 *
 *   production          X.lightning.force.com                  → X.my.salesforce.com
 *   sandbox             X--S.sandbox.lightning.force.com       → X--S.sandbox.my.salesforce.com
 *   Developer Edition   X-dev-ed.develop.lightning.force.com   → X-dev-ed.develop.my.salesforce.com
 *   scratch org         X.scratch.lightning.force.com          → X.scratch.my.salesforce.com
 *   (also demo, patch and Trailhead playground orgs: `.demo.`, `.patch.`, `.trailblaze.`)
 *   legacy sandbox      X--S.lightning.force.com               → X--S.my.salesforce.com
 *
 * Pure and dependency-free: the tiny page loader uses it too.
 */

/** The part of an enhanced domain that says what kind of org it is. */
const ORG_KINDS = '(?:sandbox|develop|scratch|demo|patch|trailblaze)';
/** A My Domain name, with a sandbox's `--name` suffix. */
const NAME = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';

const LIGHTNING_HOST = new RegExp(`^(${NAME})(\\.${ORG_KINDS})?\\.lightning\\.force\\.com$`, 'i');
const API_HOST = new RegExp(`^(${NAME})(\\.${ORG_KINDS})?\\.my\\.salesforce\\.com$`, 'i');

/** `<org>.lightning.force.com` (any form above) → the org's API host; null for any other host. */
export function salesforceApiHost(lightningHost: string): string | null {
  const match = LIGHTNING_HOST.exec(lightningHost);
  return match ? `${match[1]}${match[2] ?? ''}.my.salesforce.com`.toLowerCase() : null;
}

/** The API host back to its Lightning host (for links and sign-in return pages). */
export function lightningHostOf(apiHost: string): string | null {
  const match = API_HOST.exec(apiHost);
  return match ? `${match[1]}${match[2] ?? ''}.lightning.force.com`.toLowerCase() : null;
}

export function isSalesforceApiHost(host: string): boolean {
  return API_HOST.test(host);
}

/** What kind of org a host names, for labels in the options ("sandbox", "production"…). */
export function orgKindOf(host: string): 'production' | 'sandbox' | 'developer' | 'scratch' | 'demo' | 'patch' | 'playground' | null {
  const match = LIGHTNING_HOST.exec(host) ?? API_HOST.exec(host);
  if (!match) return null;
  switch (match[2]?.slice(1).toLowerCase()) {
    case 'sandbox':
      return 'sandbox';
    case 'develop':
      return 'developer';
    case 'scratch':
      return 'scratch';
    case 'demo':
      return 'demo';
    case 'patch':
      return 'patch';
    case 'trailblaze':
      return 'playground';
    default:
      return match[1]?.includes('--') ? 'sandbox' : 'production';
  }
}

/**
 * The org id a session belongs to: a `sid` is `<org id>!<token>`. Org ids start with 00D; the
 * 15-character form is returned, so 15- and 18-character spellings compare equal.
 */
export function orgIdOfSid(sid: string): string | null {
  const match = /^(00D[A-Za-z0-9]{12})(?:[A-Za-z0-9]{3})?!/.exec(sid);
  return match?.[1] ?? null;
}
