/**
 * Main-counter mode as the running app sees it: the LAN server runs while the owner has it on,
 * started at launch and started or stopped the moment `lan.setHost` changes it.
 */
import type { App } from '../core/app';
import { hostRow } from '../core/lan/host';
import { startLanServer, type LanServer } from './lan';

export interface LanHostControl {
  app: App;
  /** The LAN port being served, or null while main-counter mode is off. */
  port(): number | null;
  sync(): Promise<void>;
  stop(): Promise<void>;
}

export function lanHostControl(app: App, opts: { host?: string; clock?: () => Date; onChange?: (port: number | null) => void; log?: (msg: string, e: unknown) => void } = {}): LanHostControl {
  let server: LanServer | null = null;
  let running: Promise<void> = Promise.resolve();
  const stop = async () => {
    const s = server;
    server = null;
    await s?.close();
  };
  // One change at a time: a second toggle waits for the first to finish.
  const sync = () =>
    (running = running.then(async () => {
      const h = hostRow(app.db);
      const was = server !== null;
      await stop();
      try {
        if (h.enabled === 1) server = await startLanServer({ app, host: opts.host, clock: opts.clock });
      } catch (e) {
        // A port in use must not stop this counter from selling; the device list shows the mode is off.
        opts.log?.('lan server did not start', e);
      }
      if (server || was) opts.onChange?.(server?.port ?? null);
    }));
  const callAny: App['callAny'] = async (name, input, token, via) => {
    const out = await app.callAny(name, input, token, via);
    if (name === 'lan.setHost' && out.result.ok) await sync();
    return out;
  };
  return { app: { ...app, callAny }, port: () => server?.port ?? null, sync, stop: () => (running = running.then(stop)) };
}
