/**
 * The Gainsight tenant host: the SPA's pages (one shell for every `/v1/ui/…` URL) and the internal JSON
 * endpoints its script calls. Data endpoints wait `dataDelayMs` so pages render some time after a URL
 * change, as in the real app.
 */
import type { ClientBundles } from '../client-bundle';
import { CTA_REASONS, CTA_TYPES, PLAYBOOKS, searchPlaybooks } from '../data/playbooks';
import { ROLE_VALUES } from '../data/picklists';
import { isRecord, readJson, redirect, sendHtml, sendJson, sendText, sleep, type RequestContext } from '../http';
import { findContact } from '../salesforce/records';
import { tenantFor } from '../data/tenants';
import { findAccountByGainsightId } from '../state';
import { createCta, GAINSIGHT_USER, recordEmail } from './cockpit';
import { sanitizeEmailHtml } from './sanitize';
import { setTaskDueDate, shiftAfterTask } from './task-dates';
import { gainsightShell } from './shell';
import { companyList, companyView, ctaDetailView, ctaListView, type GainsightMeta } from './view-model';

const API = '/v1/api/sandbox/';

export function isGainsightHost(host: string): boolean {
  return host.endsWith('.gainsightcloud.com') || host === 'cs.gitlab-tenant.sandbox.test';
}

export async function handleGainsight(ctx: RequestContext, bundles: ClientBundles): Promise<void> {
  const { url, res, method } = ctx;
  const path = url.pathname;
  if (path === '/' || path === '/v1/ui' || path === '/v1/ui/') return redirect(res, '/v1/ui/home');
  if (path === '/v1/ui/static/app.js') return sendText(res, 200, bundles.gainsight, 'text/javascript; charset=utf-8');
  if (path.startsWith('/v1/ui/') && method === 'GET') return sendHtml(res, 200, gainsightShell(tenantFor(ctx.host)));
  if (path.startsWith(API)) return api(ctx, path.slice(API.length).split('/').map(decodeURIComponent));
  sendText(res, 404, 'Not found');
}

async function api(ctx: RequestContext, path: string[]): Promise<void> {
  const { res, method, state, url } = ctx;
  const notFound = (what: string) => sendJson(res, 404, { error: `${what} not found` });
  const [head, id, extra] = path;
  // Page data arrives late (the real app's XHRs); form posts and metadata answer at once.
  const slowly = async () => {
    await sleep(state.switches.dataDelayMs);
    await state.holds.data;
  };

  if (method === 'GET' && head === 'meta') {
    const meta: GainsightMeta = {
      user: GAINSIGHT_USER,
      ctaTypes: [...CTA_TYPES],
      reasons: [...CTA_REASONS],
      playbooks: PLAYBOOKS.map((p) => p.name),
      roles: [...ROLE_VALUES],
      companies: companyList(state),
    };
    return sendJson(res, 200, meta);
  }
  // The scrolling C360's late sections ask before they render, so a test can hold them (state.holds).
  if (method === 'GET' && head === 'late-section') {
    await state.holds.lateSections;
    return sendJson(res, 200, {});
  }
  // The Playbook picker's search (the combobox tenant): answered at once, so a test that wants it late holds the request itself.
  if (method === 'GET' && head === 'playbooks') return sendJson(res, 200, searchPlaybooks(url.searchParams.get('q') ?? ''));
  if (method === 'GET' && head === 'company' && id) {
    await slowly();
    // C360 opens a company by its Gainsight id or, with `aid=`, by its Salesforce Account id.
    const company = url.searchParams.get('by') === 'aid' ? state.accounts.find((a) => a.salesforceId === id) : findAccountByGainsightId(state, id);
    return company ? sendJson(res, 200, companyView(state, company, url.searchParams.has('relationship'), tenantFor(ctx.host))) : notFound('Company');
  }
  if (head === 'cockpit' && id === 'ctas') {
    if (method === 'GET') await slowly();
    if (method === 'GET' && extra === undefined) return sendJson(res, 200, ctaListView(state, url.searchParams.get('cid')));
    if (method === 'GET' && extra) {
      const cta = state.ctas.find((c) => c.id === extra);
      return cta ? sendJson(res, 200, ctaDetailView(state, cta)) : notFound('CTA');
    }
    if (method === 'POST' && extra === undefined) {
      const body = await readJson(ctx.req);
      const outcome = createCta(state, body.ok ? body.value : null);
      return outcome.ok ? sendJson(res, 201, ctaDetailView(state, outcome.value)) : sendJson(res, 400, { problems: outcome.problems });
    }
  }
  if (method === 'POST' && head === 'tasks' && id && (extra === 'due' || extra === 'shift')) {
    const body = await readJson(ctx.req);
    const input = body.ok ? body.value : null;
    const outcome = extra === 'due' ? setTaskDueDate(state, id, input) : shiftAfterTask(state, id, input);
    if (!outcome.ok) return sendJson(res, 400, { problems: outcome.problems });
    const cta = 'movedDays' in outcome.value ? outcome.value.cta : outcome.value;
    return sendJson(res, 200, { cta: ctaDetailView(state, cta), movedDays: 'movedDays' in outcome.value ? outcome.value.movedDays : 0 });
  }
  if (method === 'POST' && head === 'cockpit' && id === 'emails') {
    const body = await readJson(ctx.req);
    const outcome = recordEmail(state, body.ok ? body.value : null);
    return outcome.ok ? sendJson(res, 201, outcome.value) : sendJson(res, 400, { problems: outcome.problems });
  }
  if (method === 'POST' && head === 'email' && id === 'preview') {
    const body = await readJson(ctx.req);
    const html = body.ok && isRecord(body.value) && typeof body.value.bodyHtml === 'string' ? body.value.bodyHtml : '';
    return sendJson(res, 200, { html: sanitizeEmailHtml(html) });
  }
  if (method === 'POST' && head === 'people' && id) return updatePerson(ctx, id);
  sendJson(res, 404, { error: 'Unknown endpoint' });
}

/** C360 → Contacts → … → View Details → GitLab Role → Save: writes the shared contact, so Salesforce agrees. */
async function updatePerson(ctx: RequestContext, contactId: string): Promise<void> {
  const { res, state } = ctx;
  const found = findContact(state, contactId);
  if (!found) return sendJson(res, 404, { error: 'Person not found' });
  const body = await readJson(ctx.req);
  const roles = body.ok && isRecord(body.value) && Array.isArray(body.value.roles) ? body.value.roles : null;
  const valid = roles?.every((r): r is string => typeof r === 'string' && (ROLE_VALUES as readonly string[]).includes(r));
  if (!roles || !valid) return sendJson(res, 400, { problems: [{ field: 'GitLab Role', message: 'Pick values from the list' }] });
  found.contact.roles = [...new Set(roles as string[])];
  sendJson(res, 200, { id: contactId, roles: found.contact.roles });
}
