/**
 * A tenant's own Gainsight domain (cs.acme.com) cannot be listed in the manifest, so the user grants it
 * at run time (an optional host permission for that one origin). Nothing is registered for it: once the
 * browser grants the origin, the background sees that domain's tab URLs like any other Gainsight host's
 * and injects the reader on record pages. A domain is active while the browser grants it; the user can
 * revoke it in the browser's extension settings at any time.
 */

export type DomainCheck = { ok: true; domain: string } | { ok: false; error: string };

const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** Hosts the manifest already covers: they need no custom domain. */
const COVERED = /(^|\.)(gainsightcloud\.com|salesforce\.com|force\.com)$/;

/** Accepts a host name or a pasted https URL; answers the bare, lower-case host name. */
export function parseCustomDomain(input: string): DomainCheck {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'Enter a domain such as cs.example.com.' };
  if (text.includes('://')) {
    if (!text.startsWith('https://')) return { ok: false, error: 'Gainsight is served over https: enter the domain only, such as cs.example.com.' };
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, error: 'must be a host name like cs.example.com' };
    }
  }
  text = text.replace(/\/.*$/, '');
  if (!HOST_NAME.test(text)) return { ok: false, error: 'must be a host name like cs.example.com' };
  if (COVERED.test(text)) return { ok: false, error: `${text} needs no custom domain: the extension already works there.` };
  return { ok: true, domain: text };
}

/** The one origin asked of Chrome for a domain (never a wildcard). */
export const originPattern = (domain: string): string => `https://${domain}/*`;
export interface DomainStatus {
  domain: string;
  /** The browser grants the origin: the panel works on its record pages. */
  active: boolean;
}

export type DomainsResult = { ok: true; domains: DomainStatus[] } | { ok: false; error: string };
