import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './server';
import { sandboxFetch } from './test-client';

let sandbox: Sandbox;
const MY = 'https://gitlab.my.salesforce.com';
const form = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });

beforeAll(async () => {
  sandbox = await startSandbox({ dataDelayMs: 0 });
});
afterAll(() => sandbox.close());

/** Follows the hop through Lightning's frontdoor (it sets Lightning's own sid) to where the browser lands. */
async function landing(location: string | undefined): Promise<string | undefined> {
  if (!location?.includes('/secur/frontdoor.jsp')) return location;
  const res = await sandboxFetch(sandbox.port, location);
  expect(res.status).toBe(302);
  return new URL(res.headers.location ?? '', location).href;
}

describe('Salesforce login', () => {
  it('shows a login form with labelled username and password and a Log In button', async () => {
    const res = await sandboxFetch(sandbox.port, `${MY}/?startURL=%2Flightning%2Fr%2FAccount%2F001%2Fview`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<label class="slds-form-element__label" for="username">Username</label>');
    expect(res.text).toContain('for="password">Password</label>');
    expect(res.text).toContain('value="Log In"');
    expect(res.text).toContain('value="/lightning/r/Account/001/view"');
    expect((await sandboxFetch(sandbox.port, `${MY}/login`)).status).toBe(200);
  });

  it('sets a host-only, Secure, HttpOnly, SameSite=None sid and redirects to Lightning home', async () => {
    const res = await sandboxFetch(sandbox.port, `${MY}/`, form('username=a%40b.example&pw=x'));
    expect(res.status).toBe(302);
    expect(await landing(res.headers.location)).toBe('https://gitlab.lightning.force.com/lightning/page/home');
    const cookie = res.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^sid=00D5g000004XyZ1!AQ4AQ[\w.]{90,}; Path=\/; Secure; HttpOnly; SameSite=None$/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(sandbox.state.sessions.size).toBeGreaterThan(0);
  });

  it('redirects to a same-org startURL and refuses foreign ones', async () => {
    const to = async (startUrl: string) =>
      landing((await sandboxFetch(sandbox.port, `${MY}/`, form(`username=a&pw=b&startURL=${encodeURIComponent(startUrl)}`))).headers.location);
    expect(await to('/lightning/r/Contact/0035g00000abcdeAAA/view')).toBe('https://gitlab.lightning.force.com/lightning/r/Contact/0035g00000abcdeAAA/view');
    expect(await to('https://gitlab.lightning.force.com/lightning/o/Account/list')).toBe('https://gitlab.lightning.force.com/lightning/o/Account/list');
    expect(await to('https://evil.example/')).toBe('https://gitlab.lightning.force.com/lightning/page/home');
    expect(await to('//evil.example/')).toBe('https://gitlab.lightning.force.com/lightning/page/home');
  });

  it('refuses empty credentials and logs out by clearing the cookie and the session', async () => {
    const empty = await sandboxFetch(sandbox.port, `${MY}/`, form('username=&pw='));
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('role="alert"');
    const ok = await sandboxFetch(sandbox.port, `${MY}/`, form('username=a&pw=b'));
    const cookie = ok.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    const sid = cookie.slice(4);
    expect(sandbox.state.sessions.has(sid)).toBe(true);
    const again = await sandboxFetch(sandbox.port, `${MY}/`, { headers: { cookie } });
    expect(again.text).toContain('value="Log In"');
    const out = await sandboxFetch(sandbox.port, `${MY}/secur/logout.jsp`, { headers: { cookie } });
    expect(out.status).toBe(302);
    expect(out.headers['set-cookie']?.[0]).toMatch(/^sid=; Path=\/; Max-Age=0/);
    expect(sandbox.state.sessions.has(sid)).toBe(false);
  });
});

describe('org sessions', () => {
  it('gives Lightning its own sid of the same org through a one-time frontdoor code', async () => {
    const res = await sandboxFetch(sandbox.port, `${MY}/`, form('username=a&pw=b&startURL=%2Flightning%2Fr%2FAccount%2F001%2Fview'));
    const apiSid = /^sid=([^;]+)/.exec(res.headers['set-cookie']?.[0] ?? '')?.[1] ?? '';
    const door = new URL(res.headers.location ?? '');
    expect(door.host).toBe('gitlab.lightning.force.com');
    expect(door.pathname).toBe('/secur/frontdoor.jsp');
    const hop = await sandboxFetch(sandbox.port, door.href);
    expect(hop.headers.location).toBe('/lightning/r/Account/001/view');
    const lightningSid = /^sid=([^;]+)/.exec(hop.headers['set-cookie']?.[0] ?? '')?.[1] ?? '';
    expect(lightningSid).not.toBe(apiSid);
    expect(lightningSid.split('!')[0]).toBe(apiSid.split('!')[0]);
    // The code is spent: a replay gets the login page, not a session.
    const replay = await sandboxFetch(sandbox.port, door.href);
    expect(replay.headers['set-cookie']).toBeUndefined();
    expect(replay.headers.location).toMatch(/^https:\/\/gitlab\.my\.salesforce\.com\/\?startURL=/);
  });

  it('serves the full-copy sandbox org on its own host, login and org id', async () => {
    const uat = 'https://gitlab--uat.sandbox.my.salesforce.com';
    const res = await sandboxFetch(sandbox.port, `${uat}/`, form('username=a&pw=b'));
    expect(res.headers['set-cookie']?.[0]).toMatch(/^sid=00D7A000000UaT2!/);
    expect(new URL(res.headers.location ?? '').host).toBe('gitlab--uat.sandbox.lightning.force.com');
    const prod = await sandboxFetch(sandbox.port, `${MY}/`, form('username=a&pw=b'));
    expect(prod.headers['set-cookie']?.[0]).toMatch(/^sid=00D5g000004XyZ1!/);
  });
});

describe('host routing', () => {
  it('redirects REST calls on the Lightning host to my.salesforce.com (dropping the header in browsers)', async () => {
    const res = await sandboxFetch(sandbox.port, 'https://gitlab.lightning.force.com/services/data/v66.0/query?q=SELECT+Id+FROM+Account');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://gitlab.my.salesforce.com/services/data/v66.0/query?q=SELECT+Id+FROM+Account');
  });

  it('sends Lightning paths on my.salesforce.com to the Lightning host', async () => {
    const res = await sandboxFetch(sandbox.port, `${MY}/lightning/page/home`);
    expect(res.headers.location).toBe('https://gitlab.lightning.force.com/lightning/page/home');
  });

  it('serves the start page linking every account on both sites, and the SLDS stylesheet', async () => {
    const page = await sandboxFetch(sandbox.port, 'https://start.sandbox.test/');
    for (const a of sandbox.state.accounts) {
      expect(page.text).toContain(`customersuccess360?cid=${a.gainsightId}`);
      expect(page.text).toContain(`/lightning/r/Account/${a.salesforceId}/view`);
    }
    expect(page.text).toContain('Sign in to Salesforce');
    const css = await sandboxFetch(sandbox.port, 'https://gitlab.lightning.force.com/_slds/styles/salesforce-lightning-design-system.min.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect((await sandboxFetch(sandbox.port, 'https://gitlab.lightning.force.com/_slds/..%2F..%2Fpackage.json')).status).not.toBe(200);
  });

  it('serves the Gainsight app on the custom-domain tenant too, and refuses unknown hosts', async () => {
    for (const host of ['gitlab.gainsightcloud.com', 'cs.gitlab-tenant.sandbox.test']) {
      const res = await sandboxFetch(sandbox.port, `https://${host}/v1/ui/customersuccess360?cid=x`);
      expect(res.status).toBe(200);
      expect(res.text).toContain('/v1/ui/static/app.js');
    }
    expect((await sandboxFetch(sandbox.port, 'https://example.com/')).status).toBe(421);
  });
});
