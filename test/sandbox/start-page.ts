/** `https://start.sandbox.test/`: one page linking every sample account on both sites. */
import { escapeHtml } from './http';
import type { SandboxState } from './state';

const GAINSIGHT = 'https://gitlab.gainsightcloud.com';
const CUSTOM_DOMAIN = 'https://cs.gitlab-tenant.sandbox.test';
const LIGHTNING = 'https://gitlab.lightning.force.com';
const LOGIN = 'https://gitlab.my.salesforce.com';

export function startPage(state: SandboxState): string {
  const rows = state.accounts
    .map((a) => {
      const cid = encodeURIComponent(a.gainsightId);
      return `<tr data-account-key="${escapeHtml(a.key)}">
<td>${escapeHtml(a.account.name)}</td>
<td>${escapeHtml(a.scenario)}<br><small>${a.tags.map(escapeHtml).join(' · ')}</small></td>
<td><a href="${GAINSIGHT}/v1/ui/customersuccess360?cid=${cid}">C360</a>
 · <a href="${CUSTOM_DOMAIN}/v1/ui/customersuccess360?cid=${cid}">C360 (custom domain)</a></td>
<td><a href="${LIGHTNING}/lightning/r/Account/${encodeURIComponent(a.salesforceId)}/view">Lightning Account</a></td>
</tr>`;
    })
    .join('\n');
  const loginUrl = `${LOGIN}/?startURL=${encodeURIComponent('/lightning/page/home')}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CTA companion sandbox</title>
<style>body{font:14px system-ui,sans-serif;margin:24px}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:6px 10px;text-align:left;vertical-align:top}small{color:#666}</style>
</head><body>
<h1>CTA companion sandbox</h1>
<p>Today in the sandbox: <strong>${escapeHtml(state.today)}</strong>.
 <a id="sf-login" href="${loginUrl}">Sign in to Salesforce</a> (any username and password)
 · <a href="${GAINSIGHT}/v1/ui/home">Gainsight home</a> · <a href="${GAINSIGHT}/v1/ui/cockpit">Cockpit</a>
 · <a href="${LOGIN}/secur/logout.jsp">Log out of Salesforce</a></p>
<table><thead><tr><th>Company</th><th>Scenario</th><th>Gainsight</th><th>Salesforce</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>`;
}
