/**
 * A sign-in, a sign-out or a switch of user changes an org's `sid` cookie on its API host. What was
 * read with the old session (or without one) is then stale: the open panels of that org and its book
 * are read again on the browser's own event, instead of waiting for a reload.
 */
import { browser } from 'wxt/browser';
import { isSalesforceApiHost } from '../../shared/salesforce/hosts';

export interface SidChange {
  name: string;
  domain: string;
  removed: boolean;
  cause: string;
}

/** The org whose session a cookie change touches; null for other cookies and for half of an overwrite. */
export function orgOfSidChange(change: SidChange): string | null {
  if (change.name !== 'sid') return null;
  // An overwrite is reported as a removal, then the new cookie: the second event is the one to act on.
  if (change.removed && change.cause === 'overwrite') return null;
  const host = change.domain.replace(/^\./, '').toLowerCase();
  return isSalesforceApiHost(host) ? host : null;
}

/** Calls `listener` with the org of every session change until the returned function is called. */
export function watchSidChanges(listener: (org: string) => void): () => void {
  const onChanged = ({ cookie, removed, cause }: { cookie: { name: string; domain: string }; removed: boolean; cause: string }) => {
    const org = orgOfSidChange({ name: cookie.name, domain: cookie.domain, removed, cause });
    if (org) listener(org);
  };
  try {
    browser.cookies.onChanged.addListener(onChanged);
  } catch {
    // A browser (or test double) without cookie events: sessions are still checked whenever a view opens.
    return () => undefined;
  }
  return () => browser.cookies.onChanged.removeListener(onChanged);
}
