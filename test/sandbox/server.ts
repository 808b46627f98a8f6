/**
 * The sandbox: one local HTTPS server standing in for Gainsight and Salesforce, routing by Host header.
 * Chromium reaches it through --host-resolver-rules (see `hostResolverRules`), so pages keep their real
 * host names, cookies are real and the extension's production host permissions apply unchanged.
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IsoDate } from '../../lib/shared/accounts/account';
import { clientBundles, type ClientBundles } from './client-bundle';
import { handleControl } from './control';
import { isIsoDate, localToday } from './dates';
import { handleGainsight, isGainsightHost } from './gainsight/routes';
import { HttpError, redirect, sendEmpty, sendHtml, sendText, type RequestContext } from './http';
import { handleLightning, isLightningHost } from './lightning/routes';
import { handleLogin, lightningHostFor } from './salesforce/login';
import { attachLargeOrg, LARGE_ORG_LATENCY_MS } from './salesforce/large-org';
import { handleRest } from './salesforce/rest';
import { startPage } from './start-page';
import { createState, resetState, type HoldName, type SandboxState, type StateDefaults } from './state';
import { serveFile, SLDS_ASSETS } from './static';
import { sandboxCertificate } from './tls';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** The sandbox's "today"; defaults to the local calendar date at start. */
  today?: IsoDate;
  /** REST query page size before nextRecordsUrl (default 2000, as Salesforce). */
  salesforcePageSize?: number;
  /** Delay of Gainsight's data (default 400 ms) and Lightning's (default 300 ms; both equal when set). */
  dataDelayMs?: number;
  /** Generate a large Salesforce org of this many accounts (salesforce/large-org.ts); off by default. */
  largeOrg?: number;
  /** Added to every Salesforce REST call (default 150 ms with the large org, 0 without). */
  salesforceLatencyMs?: number;
}

export interface Sandbox {
  port: number;
  /** The origin a browser uses for a sandbox host, e.g. `https://gitlab.gainsightcloud.com` (no port: the resolver rule maps it). */
  origin(host: string): string;
  state: SandboxState;
  /** Holds what `name` stands for until the returned function is called (see `SandboxState.holds`). */
  hold(name: HoldName): () => void;
  reset(): void;
  close(): Promise<void>;
}

export const SANDBOX_HOSTS = {
  gainsight: 'gitlab.gainsightcloud.com',
  gainsightCustomDomain: 'cs.gitlab-tenant.sandbox.test',
  salesforceApi: 'gitlab.my.salesforce.com',
  lightning: 'gitlab.lightning.force.com',
  start: 'start.sandbox.test',
} as const;

/** The Chromium flag value that sends every sandbox host name to this server. */
export function hostResolverRules(port: number): string {
  return ['*.gainsightcloud.com', '*.salesforce.com', '*.force.com', '*.sandbox.test'].map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
}

async function route(ctx: RequestContext, bundles: ClientBundles, defaults: () => StateDefaults, afterReset: () => void): Promise<void> {
  const { host, url, res } = ctx;
  if (url.pathname.startsWith('/__sandbox/')) return handleControl(ctx, defaults, afterReset);
  // Browsers ask every host for one; an empty answer keeps consoles free of 404 noise.
  if (url.pathname === '/favicon.ico') return sendEmpty(res, 204);
  if (isGainsightHost(host)) return handleGainsight(ctx, bundles);
  if (isLightningHost(host)) return handleLightning(ctx, bundles);
  if (host === SANDBOX_HOSTS.start) return sendHtml(res, 200, startPage(ctx.state));
  if (host.endsWith('.my.salesforce.com')) {
    // An org's own pages (a Site, a Visualforce page) can copy Gainsight's paths and markup: the
    // sandbox serves such a look-alike on every org host, which the extension must not take for Gainsight.
    if (url.pathname.startsWith('/v1/ui/') || url.pathname.startsWith('/v1/api/')) return handleGainsight(ctx, bundles);
    if (await handleLogin(ctx)) return;
    if (await handleRest(ctx)) return;
    if (url.pathname.startsWith('/_slds/')) return serveFile(res, SLDS_ASSETS, url.pathname.slice('/_slds/'.length));
    // my.salesforce.com sends Lightning URLs on to the Lightning host, as the real domain does.
    if (url.pathname.startsWith('/lightning/')) return redirect(res, `https://${lightningHostFor(host)}${url.pathname}${url.search}`);
    return sendText(res, 404, 'Not found');
  }
  sendText(res, 421, `The sandbox does not serve ${host || 'this host'}.`);
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const today = opts.today ?? localToday();
  if (!isIsoDate(today)) throw new Error(`today must be YYYY-MM-DD: ${today}`);
  const defaults = (): StateDefaults => ({
    today,
    dataDelayMs: opts.dataDelayMs ?? 400,
    lightningDelayMs: opts.dataDelayMs ?? 300,
    salesforcePageSize: opts.salesforcePageSize ?? 2000,
  });
  const [tls, bundles] = await Promise.all([sandboxCertificate(), clientBundles()]);
  const state = createState(defaults());
  // The large org and the REST latency are start options: they survive resets, which undo PATCHes.
  const salesforceSetup = () => {
    attachLargeOrg(state, opts.largeOrg ?? 0);
    state.switches.salesforceLatencyMs = opts.salesforceLatencyMs ?? (opts.largeOrg ? LARGE_ORG_LATENCY_MS : 0);
  };
  salesforceSetup();
  let port = 0;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const ctx: RequestContext = {
      req,
      res,
      host,
      method: (req.method ?? 'GET').toUpperCase(),
      url: new URL(req.url ?? '/', `https://${host || 'localhost'}`),
      state,
      port,
    };
    route(ctx, bundles, defaults, salesforceSetup).catch((e: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (e instanceof HttpError) return sendText(res, e.status, e.message);
      console.error('[sandbox]', ctx.method, host, req.url, e);
      sendText(res, 500, 'Sandbox error');
    });
  };
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    origin: (host) => `https://${host}`,
    state,
    hold: (name) => {
      let release = () => undefined as void;
      state.holds[name] = new Promise<void>((resolve) => {
        release = () => {
          resolve();
          state.holds[name] = null;
        };
      });
      return release;
    },
    reset: () => {
      resetState(state, defaults());
      salesforceSetup();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive connections (browsers, agents) would hold close() open indefinitely.
        server.closeAllConnections();
      }),
  };
}
