import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxy, type SandboxProxy } from './proxy';
import { SANDBOX_HOSTS, startSandbox, type Sandbox } from './server';

let sandbox: Sandbox;
let proxy: SandboxProxy;
beforeAll(async () => {
  sandbox = await startSandbox();
  proxy = await startProxy({ targetPort: sandbox.port });
});
afterAll(async () => {
  await proxy?.close();
  await sandbox?.close();
});

/** What a browser does for an https:// URL behind the proxy: CONNECT host:443, then TLS and HTTP inside. */
function connect(host: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: proxy.port, method: 'CONNECT', path: `${host}:443` });
    req.once('connect', (res, socket) => (res.statusCode === 200 ? resolve(socket) : reject(new Error(`CONNECT answered ${res.statusCode}`))));
    req.once('error', reject);
    req.end();
  });
}

async function getThroughProxy(host: string, path: string): Promise<{ status: number; body: string }> {
  const socket = await connect(host);
  return new Promise((resolve, reject) => {
    const tunnel = () => tlsConnect({ socket, servername: host, rejectUnauthorized: false });
    const req = httpsRequest({ host, path, createConnection: tunnel }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('the sandbox CONNECT proxy', () => {
  it('tunnels any host name to the sandbox, which answers for that name', async () => {
    const start = await getThroughProxy(SANDBOX_HOSTS.start, '/');
    expect(start.status).toBe(200);
    expect(start.body).toContain('<html');
    const unknown = await getThroughProxy('www.example.org', '/');
    expect(unknown).toEqual({ status: 421, body: 'The sandbox does not serve www.example.org.' });
    expect(proxy.tunnelled).toEqual(expect.arrayContaining([`${SANDBOX_HOSTS.start}:443`, 'www.example.org:443']));
  });

  it('refuses plain HTTP at once instead of reaching for a network', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: proxy.port, path: 'http://detectportal.example/', headers: { host: 'detectportal.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.once('error', reject);
      req.end();
    });
    expect(status).toBe(502);
  });
});
