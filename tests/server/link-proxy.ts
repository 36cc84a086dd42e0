/**
 * The shop's network between a joined counter and the main counter, as a TCP relay the test can
 * slow down and cut: the TLS inside passes through untouched (the pin still holds end to end).
 * `delayMs` holds each answer back, so a queue being sent is slow enough to be cut in the middle.
 */
import net from 'node:net';

export interface LinkProxy {
  port: number;
  /** Pull the cable: every connection dropped at once, no new ones. */
  cut(): Promise<void>;
  /** Plug it back in, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startLinkProxy(target: number, delayMs = 0): Promise<LinkProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => { client.destroy(); upstream.destroy(); });
    }
    client.on('data', (d) => upstream.write(d));
    upstream.on('data', (d) => {
      if (delayMs === 0) return void client.write(d);
      setTimeout(() => { if (!client.destroyed) client.write(d); }, delayMs);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => setTimeout(() => client.end(), delayMs));
  });
  const listen = (port: number) => new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
  const port = await listen(0);
  const cut = () => new Promise<void>((resolve) => {
    for (const s of sockets) s.destroy();
    server.close(() => resolve());
  });
  return { port, cut, restore: () => listen(port).then(() => undefined), close: cut };
}
