/**
 * `https://<org>.lightning.force.com`: every `/lightning/…` URL gets the same shell (the client routes),
 * record data comes from an internal endpoint after `lightningDelayMs`, and REST calls are redirected
 * to my.salesforce.com as the real host does, which drops the Authorization header in a browser.
 */
import type { ClientBundles } from '../client-bundle';
import { redirect, sendHtml, sendJson, sendText, sleep, type RequestContext } from '../http';
import { handleFrontdoor } from '../salesforce/login';
import { orgOfHost } from '../salesforce/orgs';
import { serveFile, SLDS_ASSETS } from '../static';
import { lightningShell } from './shell';
import { accountListView, recordView } from './view-model';

export function isLightningHost(host: string): boolean {
  return host.endsWith('.lightning.force.com');
}

export async function handleLightning(ctx: RequestContext, bundles: ClientBundles): Promise<void> {
  const { url, res, state } = ctx;
  const path = url.pathname;
  if (path === '/' || path === '/lightning' || path === '/lightning/') return redirect(res, '/lightning/page/home');
  if (path === '/secur/frontdoor.jsp') return handleFrontdoor(ctx);
  if (path.startsWith('/lightning/')) return sendHtml(res, 200, lightningShell(state.switches.lightningLayout, orgOfHost(ctx.host)));
  if (path === '/sandbox-static/lightning.js') return sendText(res, 200, bundles.lightning, 'text/javascript; charset=utf-8');
  if (path.startsWith('/_slds/')) return serveFile(res, SLDS_ASSETS, path.slice('/_slds/'.length));
  if (path.startsWith('/services/')) {
    return redirect(res, `https://${ctx.host.replace(/\.lightning\.force\.com$/, '.my.salesforce.com')}${path}${url.search}`);
  }
  const record = /^\/sandbox-api\/record\/(\w+)\/(\w{15,18})$/.exec(path);
  if (record) {
    await sleep(state.switches.lightningDelayMs);
    const view = recordView(state, record[2] ?? '', record[1] ?? '', orgOfHost(ctx.host));
    return view ? sendJson(res, 200, view) : sendJson(res, 404, { error: 'not found' });
  }
  if (path === '/sandbox-api/list/Account') {
    await sleep(state.switches.lightningDelayMs);
    return sendJson(res, 200, accountListView(state, orgOfHost(ctx.host)));
  }
  sendText(res, 404, 'Not found');
}
