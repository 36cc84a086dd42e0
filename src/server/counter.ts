/**
 * One counter's app as `serve` runs it: the shop (or, on a joined counter, the link to the main
 * counter) plus main-counter mode on the LAN when the owner has turned it on.
 */
import { createApp, type AppOptions } from '../core/app';
import { withLan } from '../core/lan/joined';
import { lanHostControl, type LanHostControl } from './lan-host';

export async function openCounter(dbFile: string, opts: AppOptions & { lanHost?: string; onLan?: (port: number | null) => void } = {}): Promise<LanHostControl> {
  const lan = lanHostControl(withLan(createApp(dbFile, opts), opts), { host: opts.lanHost, clock: opts.clock, log: opts.log, onChange: opts.onLan });
  await lan.sync();
  return lan;
}
