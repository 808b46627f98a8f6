/**
 * HTTPS client for tests: connects to 127.0.0.1:<port> and names the sandbox host in SNI and the Host
 * header, accepting the self-signed certificate for this request only (no global TLS switch).
 */
import { request as httpsRequest } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';

export interface SandboxResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json<T = unknown>(): T;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | object;
  /** Aborts the request (a client giving up on a hung connection). */
  signal?: AbortSignal;
}

export function sandboxFetch(port: number, url: string, opts: RequestOptions = {}): Promise<SandboxResponse> {
  const target = new URL(url);
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const headers: Record<string, string> = { host: target.hostname, ...(opts.headers ?? {}) };
  if (body !== undefined && typeof opts.body === 'object' && !headers['content-type']) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        servername: target.hostname,
        rejectUnauthorized: false,
        method: opts.method ?? 'GET',
        path: target.pathname + target.search,
        headers,
        agent: false,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Logs in through the real login form and returns the sid the cookie carries. */
export async function login(port: number, host = 'gitlab.my.salesforce.com'): Promise<string> {
  const res = await sandboxFetch(port, `https://${host}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'username=csm%40gitlab.example&pw=secret',
  });
  const cookie = (res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sid='));
  if (!cookie) throw new Error(`login failed: ${res.status}`);
  return cookie.slice(4, cookie.indexOf(';'));
}
