/** A printer on 127.0.0.1 that captures the bytes it is sent, or misbehaves on purpose. */
import net from 'node:net';

export type Behaviour = 'capture' | 'never-read' | 'drop-mid-job' | 'out-of-paper';

export interface LoopbackPrinter {
  url: string;
  port: number;
  /** Resolves with every byte of the next connection once the client closes it. */
  nextJob(): Promise<Buffer>;
  /** The same, with the moment its last byte arrived (ms since the epoch, sub-ms: timeOrigin + now, as a page's clock). */
  nextTimedJob(): Promise<{ bytes: Buffer; lastByteAt: number }>;
  close(): Promise<void>;
}

export async function startPrinter(behaviour: Behaviour = 'capture'): Promise<LoopbackPrinter> {
  type Job = { bytes: Buffer; lastByteAt: number };
  const jobs: Job[] = [];
  const waiters: ((j: Job) => void)[] = [];
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
    let lastByteAt = 0;
    s.on('data', (d) => {
      lastByteAt = performance.timeOrigin + performance.now();
      chunks.push(d);
      seen += d.length;
      if (behaviour === 'out-of-paper' && d[0] === 0x10 && d[1] === 0x04 && d[2] === 0x04) s.write(Buffer.from([0x72]));
      if (behaviour === 'drop-mid-job' && seen > 64 * 1024) s.resetAndDestroy();
    });
    s.on('end', () => {
      const job = { bytes: Buffer.concat(chunks), lastByteAt };
      const w = waiters.shift();
      if (w) w(job);
      else jobs.push(job);
      s.end();
    });
  });
  const nextTimedJob = (): Promise<Job> => {
    const j = jobs.shift();
    return j ? Promise.resolve(j) : new Promise((r) => waiters.push(r));
  };
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `tcp://127.0.0.1:${port}`,
    nextTimedJob,
    nextJob: () => nextTimedJob().then((j) => j.bytes),
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
