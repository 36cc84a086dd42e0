/** A printer on 127.0.0.1 that captures the bytes it is sent, or misbehaves on purpose. */
import net from 'node:net';

export type Behaviour = 'capture' | 'never-read' | 'drop-mid-job' | 'out-of-paper';

export interface LoopbackPrinter {
  url: string;
  port: number;
  /** Resolves with every byte of the next connection once the client closes it. */
  nextJob(): Promise<Buffer>;
  close(): Promise<void>;
}

export async function startPrinter(behaviour: Behaviour = 'capture'): Promise<LoopbackPrinter> {
  const jobs: Buffer[] = [];
  const waiters: ((b: Buffer) => void)[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    const chunks: Buffer[] = [];
    if (behaviour === 'never-read') {
      s.pause(); // accept, then never read: the client's writes back up
      return;
    }
    let seen = 0;
    s.on('data', (d) => {
      chunks.push(d);
      seen += d.length;
      if (behaviour === 'out-of-paper' && d[0] === 0x10 && d[1] === 0x04 && d[2] === 0x04) s.write(Buffer.from([0x72]));
      if (behaviour === 'drop-mid-job' && seen > 64 * 1024) s.resetAndDestroy();
    });
    s.on('end', () => {
      const job = Buffer.concat(chunks);
      const w = waiters.shift();
      if (w) w(job);
      else jobs.push(job);
      s.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `tcp://127.0.0.1:${port}`,
    nextJob: () => {
      const j = jobs.shift();
      return j ? Promise.resolve(j) : new Promise((r) => waiters.push(r));
    },
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/** A port nothing listens on: bind, note the port, close. */
export async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
