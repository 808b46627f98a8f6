/** `https://start.sandbox.test/`: one page linking every sample account on both sites. */
import { C360_VARIANTS, variantUrl } from './data/c360-variants';
import { GAINSIGHT_TENANTS } from './data/tenants';
import { escapeHtml } from './http';
import { SANDBOX_ORGS } from './salesforce/orgs';
import type { SandboxState } from './state';

/** The C360 variants: each tenant's way of building the page, with the verdict a correct reading gives. */
function variantRows(state: SandboxState): string {
  return C360_VARIANTS.map((v) => {
    const sample = state.accounts.find((a) => a.key === v.accountKey);
    if (!sample) return '';
    const url = variantUrl(v, sample);
    return `<tr data-variant="${escapeHtml(v.key)}"><td><a href="${escapeHtml(url)}">${escapeHtml(v.key)}</a></td>
<td>${escapeHtml(v.title)}<br><small>${escapeHtml(sample.account.name)} on ${escapeHtml(v.tenant)}</small></td><td>${escapeHtml(v.admin)}</td></tr>`;
  }).join('\n');
}

/** The Salesforce orgs the sandbox serves (salesforce/orgs.ts), each with its own login. */
function salesforceOrgList(): string {
  const items = SANDBOX_ORGS.map((o) => {
    const login = `https://${o.apiHost}/?startURL=${encodeURIComponent('/lightning/page/home')}`;
    return `<li><a href="${escapeHtml(login)}">${escapeHtml(o.label)}</a> <code>${escapeHtml(o.apiHost)}</code> (org id ${escapeHtml(o.orgId)})</li>`;
  }).join('');
  return `<h2>Salesforce orgs</h2><p>The same accounts in every org; each org signs in on its own.</p><ul>${items}</ul>`;
}

function tenantList(): string {
  return GAINSIGHT_TENANTS.map((t) => `<li><code>${escapeHtml(t.host)}</code>: ${escapeHtml(t.description)}</li>`).join('');
}

/** Cockpit's Create CTA form in each way tenants build it, opened for one company (Start playbook fills either). */
function cockpitFormList(state: SandboxState): string {
  const sample = state.accounts.find((a) => a.tags.includes('new-duo-purchase')) ?? state.accounts[0];
  if (!sample) return '';
  const cid = encodeURIComponent(sample.gainsightId);
  const variants = [
    { key: 'cockpit-aria-controls', host: 'combobox.gainsightcloud.com', what: 'Comboboxes (listbox overlays), a searchable Playbook picker whose options arrive with its search request and list a retired look-alike first, required * marks, Due Date as MM/DD/YYYY; To/CC token pickers in Edit Email' },
    { key: 'cockpit-native-selects', host: 'gitlab.gainsightcloud.com', what: 'Native selects and an ISO date input; To/CC as comma-separated text' },
  ];
  const items = variants
    .map((v) => `<li data-variant="${v.key}"><a href="https://${v.host}/v1/ui/cockpit?cid=${cid}&amp;create=1">${v.key}</a>: ${escapeHtml(v.what)} <small>(${escapeHtml(sample.account.name)} on ${v.host}; C360 there has "+ CTA" too)</small></li>`)
    .join('');
  return `<h2>Cockpit form variants</h2><ul aria-label="Cockpit form variants">${items}</ul>`;
}

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
${salesforceOrgList()}
${cockpitFormList(state)}
<h2>Customer360 variants</h2>
<p>Every account opens on every tenant; each tenant builds C360 its own way:</p><ul>${tenantList()}</ul>
<table aria-label="Customer360 variants"><thead><tr><th>Variant</th><th>What it shows</th><th>GitLab Admin</th></tr></thead>
<tbody>
${variantRows(state)}
</tbody></table>
</body></html>`;
}
