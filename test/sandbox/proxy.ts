/**
 * An HTTP CONNECT proxy that sends every HTTPS host to the sandbox: Firefox has no
 * `--host-resolver-rules`, so its proxy prefs (see `firefoxProxyPrefs`) point here instead, and pages keep
 * their real host names, cookies and the production manifest's host permissions, as in Chromium.
 * Plain HTTP through the proxy is refused at once, so a browser never waits on the missing network.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface SandboxProxy {
  port: number;
  /** Every `host:port` a browser asked to tunnel, in order: proof of which requests went to the sandbox. */
  tunnelled: readonly string[];
  close(): Promise<void>;
}

export async function startProxy(opts: { targetPort: number; targetHost?: string }): Promise<SandboxProxy> {
  const targetHost = opts.targetHost ?? '127.0.0.1';
  const tunnelled: string[] = [];
  const sockets = new Set<Duplex>();
  const track = (socket: Duplex) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };

  const server: Server = createServer((req, res) => {
    res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' });
    res.end(`The sandbox proxy tunnels HTTPS only; ${req.method ?? 'GET'} ${req.url ?? ''} was refused.`);
  });
  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    track(client);
    tunnelled.push(req.url ?? '');
    const upstream: Socket = connect(opts.targetPort, targetHost, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    // A browser drops tunnels mid-stream all the time (tab closed, navigation); either side ending ends both.
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
    upstream.on('close', end);
    client.on('close', end);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    tunnelled,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Firefox prefs that route HTTPS (and plain HTTP, to be refused) through the proxy. Loopback stays
 * direct, so the WebDriver BiDi connection and anything else on 127.0.0.1 are untouched.
 */
export function firefoxProxyPrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
    // No DNS look-ups of the real names on a machine without network: the proxy resolves nothing either.
    'network.dns.disablePrefetch': true,
  };
}
