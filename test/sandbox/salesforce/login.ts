/**
 * `https://<org>.my.salesforce.com/` login and logout. Any non-empty username and password work; a
 * successful POST sets the host-only `sid` cookie and redirects to `startURL` (same org only) or Lightning.
 * Lightning gets a session of its own, as on a real org: the redirect passes through the Lightning
 * host's `/secur/frontdoor.jsp` with a one-time code, which sets Lightning's own `sid` (same org id).
 */
import { escapeHtml, parseCookies, readBody, redirect, sendHtml, type RequestContext } from '../http';
import { randomToken } from '../ids';
import type { SandboxState } from '../state';
import { createSession } from './session';

/** One-time codes for the hop to Lightning, per sandbox (sessions survive resets, so these do too). */
const frontdoorCodes = new WeakMap<SandboxState, Map<string, { lightningHost: string; username: string }>>();

function codesOf(state: SandboxState): Map<string, { lightningHost: string; username: string }> {
  let codes = frontdoorCodes.get(state);
  if (!codes) frontdoorCodes.set(state, (codes = new Map()));
  return codes;
}

/** `https://<lightning>/secur/frontdoor.jsp?otp=…&retURL=…` for a destination on the org's Lightning host. */
function viaFrontdoor(state: SandboxState, apiHost: string, username: string, destination: string): string {
  const target = new URL(destination);
  const lightningHost = lightningHostFor(apiHost);
  if (target.hostname !== lightningHost) return destination;
  const otp = randomToken(32);
  codesOf(state).set(otp, { lightningHost, username });
  return `https://${lightningHost}/secur/frontdoor.jsp?otp=${otp}&retURL=${encodeURIComponent(target.pathname + target.search)}`;
}

/** The Lightning side of the hop: spends the code, sets Lightning's own sid, goes on to `retURL` on this host. */
export function handleFrontdoor(ctx: RequestContext): void {
  const { url, host, state, res } = ctx;
  const otp = url.searchParams.get('otp') ?? '';
  const grant = codesOf(state).get(otp);
  codesOf(state).delete(otp);
  const retUrl = url.searchParams.get('retURL') ?? '';
  const next = retUrl.startsWith('/') && !retUrl.startsWith('//') ? retUrl : '/lightning/page/home';
  if (!grant || grant.lightningHost !== host) {
    redirect(res, `https://${host.replace(/\.lightning\.force\.com$/, '.my.salesforce.com')}/?startURL=${encodeURIComponent(next)}`);
    return;
  }
  const session = createSession(state, host, grant.username);
  redirect(res, next, { 'set-cookie': `sid=${session.sid}; Path=/; Secure; HttpOnly; SameSite=None` });
}

export function lightningHostFor(apiHost: string): string {
  return apiHost.replace(/\.my\.salesforce\.com$/, '.lightning.force.com');
}

/**
 * Only this org's own pages are allowed as a destination (Salesforce refuses open redirects): a path is
 * resolved against the org (Lightning paths against the Lightning host), an absolute URL must be on it.
 */
export function safeStartUrl(apiHost: string, startUrl: string | null): string {
  const lightning = lightningHostFor(apiHost);
  const fallback = `https://${lightning}/lightning/page/home`;
  if (!startUrl) return fallback;
  if (startUrl.startsWith('/') && !startUrl.startsWith('//')) {
    return `https://${startUrl.startsWith('/lightning/') ? lightning : apiHost}${startUrl}`;
  }
  try {
    const url = new URL(startUrl);
    return url.protocol === 'https:' && (url.hostname === apiHost || url.hostname === lightning) ? url.href : fallback;
  } catch {
    return fallback;
  }
}

function loginPage(startUrl: string | null, error: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Login | Salesforce</title>
<link rel="stylesheet" href="/_slds/styles/salesforce-lightning-design-system.min.css">
<style>body{background:#f3f3f3}.login{max-width:380px;margin:80px auto}</style></head>
<body><div class="login slds-box slds-theme_default">
<h1 class="slds-text-heading_medium slds-m-bottom_medium">Salesforce</h1>
${error ? `<div id="error" class="slds-text-color_error slds-m-bottom_small" role="alert">${escapeHtml(error)}</div>` : ''}
<form name="login" method="post" action="/" autocomplete="off">
<div class="slds-form-element"><label class="slds-form-element__label" for="username">Username</label>
<div class="slds-form-element__control"><input class="slds-input" id="username" name="username" type="email"></div></div>
<div class="slds-form-element slds-m-top_small"><label class="slds-form-element__label" for="password">Password</label>
<div class="slds-form-element__control"><input class="slds-input" id="password" name="pw" type="password"></div></div>
<input type="hidden" name="startURL" value="${escapeHtml(startUrl ?? '')}">
<input class="slds-button slds-button_brand slds-m-top_medium" type="submit" id="Login" name="Login" value="Log In">
</form></div></body></html>`;
}

export async function handleLogin(ctx: RequestContext): Promise<boolean> {
  const { url, method, host, state, res } = ctx;
  const page = (startUrl: string | null, error: string | null, status = 200) =>
    sendHtml(res, status, loginPage(startUrl, error));

  if (url.pathname === '/secur/logout.jsp') {
    const sid = parseCookies(ctx.req.headers.cookie).get('sid');
    if (sid) state.sessions.delete(sid);
    redirect(res, '/', { 'set-cookie': 'sid=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=None' });
    return true;
  }
  if (url.pathname !== '/' && url.pathname !== '/login') return false;

  if (method === 'GET') {
    // Always the form, even with a live session (real orgs would skip to Lightning): test helpers sign in
    // again in the same browser profile and must find the form; signing in again simply adds a session.
    page(url.searchParams.get('startURL'), null);
    return true;
  }
  if (method === 'POST') {
    const form = new URLSearchParams(await readBody(ctx.req));
    const username = (form.get('username') ?? form.get('un') ?? '').trim();
    const password = form.get('pw') ?? form.get('password') ?? '';
    const startUrl = form.get('startURL') || url.searchParams.get('startURL');
    if (!username || !password) {
      page(startUrl, 'Please check your username and password. If you still can\'t log in, contact your Salesforce administrator.');
      return true;
    }
    const session = createSession(state, host, username);
    redirect(res, viaFrontdoor(state, host, username, safeStartUrl(host, startUrl)), {
      'set-cookie': `sid=${session.sid}; Path=/; Secure; HttpOnly; SameSite=None`,
    });
    return true;
  }
  return false;
}
