/**
 * A small reverse proxy on loopback in front of several nodes, sticky by Socket.IO session id the
 * way a load balancer must be for long-polling: a request without a session id (a handshake, a
 * page) goes to the next node in turn; the proxy reads the session id from a handshake's answer and
 * sends every later request carrying it (polls, posts, the WebSocket upgrade) to the same node.
 * With `sticky: false` it spreads every request in turn, as a load balancer without stickiness does.
 * With `refuseWebSocket: true` it answers every upgrade with 403, as some venues' proxies do.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxyOptions {
  sticky?: boolean;
  refuseWebSocket?: boolean;
}

export interface StickyProxy {
  url: string;
  /** How many Socket.IO handshakes each upstream received, in the order given. */
  handshakes: number[];
  close(): Promise<void>;
}

const HANDSHAKE_SID = /^0\{"sid":"([^"]+)"/;

export async function startStickyProxy(upstreams: string[], options: ProxyOptions = {}): Promise<StickyProxy> {
  const targets = upstreams.map((u) => new URL(u));
  const sessions = new Map<string, number>();
  const handshakes = targets.map(() => 0);
  const sockets = new Set<Socket>();
  let turn = 0;

  const pick = (url: URL): number => {
    const sid = url.searchParams.get('sid');
    if (options.sticky !== false && sid !== null && sessions.has(sid)) return sessions.get(sid)!;
    return turn++ % targets.length;
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const index = pick(url);
    const target = targets[index];
    const isHandshake = url.pathname.startsWith('/socket.io/') && !url.searchParams.has('sid') && req.method === 'GET';
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (!isHandshake) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const sid = HANDSHAKE_SID.exec(body.toString('utf8'))?.[1];
          if (sid) {
            sessions.set(sid, index);
            handshakes[index]++;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(body);
        });
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });

  server.on('upgrade', (req: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (options.refuseWebSocket) {
      client.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://proxy');
    const index = pick(url);
    if (!url.searchParams.has('sid') && url.pathname.startsWith('/socket.io/')) handshakes[index]++;
    const target = targets[index];
    const upstream = connect(Number(target.port), target.hostname, () => {
      const headers = Object.entries(req.headers).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${name}: ${v}`));
      upstream.write(`${req.method} ${req.url} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    handshakes,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
