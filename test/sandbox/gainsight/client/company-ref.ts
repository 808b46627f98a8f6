import type { CompanyView } from '../view-model';
import { getJson } from './api';

/**
 * Which company a C360 URL opens, read the way C360 reads it: parameter names in any case, a company
 * by `cid` or by its Salesforce Account id (`aid`), a relationship by `rid` or its path.
 */

export interface CompanyRef {
  id: string;
  by: 'cid' | 'aid';
  relationship: boolean;
}

function param(url: URL, name: string): string | null {
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === name && value) return value;
  return null;
}

export function companyRef(url: URL): CompanyRef | null {
  const path = url.pathname.toLowerCase();
  const rid = param(url, 'rid');
  if (path === '/v1/ui/relationship360' || rid) return rid ? { id: rid, by: 'cid', relationship: true } : null;
  const cid = param(url, 'cid');
  if (cid) return { id: cid, by: 'cid', relationship: false };
  const aid = param(url, 'aid');
  return aid ? { id: aid, by: 'aid', relationship: false } : null;
}

/** The sandbox API path for the company's data. */
function companyDataPath(ref: CompanyRef): string {
  const query = [ref.by === 'aid' ? 'by=aid' : '', ref.relationship ? 'relationship=1' : ''].filter(Boolean).join('&');
  return `company/${encodeURIComponent(ref.id)}${query ? `?${query}` : ''}`;
}

/** The company's data, after the tenant's delay; null when the URL names none or it is not found. */
export async function loadCompany(ref: CompanyRef | null, signal: AbortSignal): Promise<CompanyView | null> {
  if (!ref) return null;
  try {
    return await getJson<CompanyView>(companyDataPath(ref), signal);
  } catch {
    return null;
  }
}
