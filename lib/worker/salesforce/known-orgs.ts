import { isSalesforceApiHost, orgKindOf } from '../../shared/salesforce/hosts';
import type { SalesforceOrgChoice } from '../../shared/salesforce/org-fields';
import { browserCookies, signedInApiHosts, type CookieAccess } from './session';
import { storage } from 'wxt/utils/storage';
import { OWNED_ITEM_KEYS } from '../../extension/settings/items';

/**
 * The orgs the options page offers for field mapping: those the browser holds a session for, and
 * those the panel read records from lately (even when signed out now), most recent first.
 */

export interface SeenOrg {
  apiHost: string;
  lastSeen: string;
}

const seenItem = storage.defineItem<SeenOrg[]>(OWNED_ITEM_KEYS.seenOrgs, { fallback: [] });

/** Enough for a production org and its sandboxes; older ones drop off. */
export const MAX_REMEMBERED_ORGS = 8;

/** Storage is shared with every extension page and outlives versions: keep only well-formed entries. */
async function readSeen(): Promise<SeenOrg[]> {
  const raw: unknown = await seenItem.getValue().catch(() => []);
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (e): e is SeenOrg => !!e && typeof e === 'object' && typeof e.apiHost === 'string' && isSalesforceApiHost(e.apiHost) && typeof e.lastSeen === 'string',
  );
}

export async function rememberOrg(apiHost: string, at: Date = new Date()): Promise<void> {
  if (!isSalesforceApiHost(apiHost)) return;
  const host = apiHost.toLowerCase();
  const others = (await readSeen()).filter((e) => e.apiHost !== host);
  await seenItem.setValue([{ apiHost: host, lastSeen: at.toISOString() }, ...others].slice(0, MAX_REMEMBERED_ORGS));
}

export async function knownOrgs(cookies: CookieAccess = browserCookies): Promise<SalesforceOrgChoice[]> {
  const [seen, signedIn] = await Promise.all([readSeen(), signedInApiHosts(cookies)]);
  const live = new Set(signedIn.map((s) => s.apiHost));
  const choices = new Map<string, SalesforceOrgChoice>();
  for (const e of seen) choices.set(e.apiHost, { apiHost: e.apiHost, kind: orgKindOf(e.apiHost) ?? 'org', signedIn: live.has(e.apiHost), lastSeen: e.lastSeen });
  for (const host of live) if (!choices.has(host)) choices.set(host, { apiHost: host, kind: orgKindOf(host) ?? 'org', signedIn: true, lastSeen: null });
  // Signed-in orgs first (their fields can be read now), then by when they were last used, production
  // before sandboxes, then by name: the same order every time.
  const production = (o: SalesforceOrgChoice) => Number(o.kind === 'production');
  return [...choices.values()].sort(
    (a, b) => Number(b.signedIn) - Number(a.signedIn) || (b.lastSeen ?? '').localeCompare(a.lastSeen ?? '') || production(b) - production(a) || a.apiHost.localeCompare(b.apiHost),
  );
}
