import type { lanApi } from '../../shared/api/lan';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../dispatch';
import { readSettings } from '../settings/handlers';
import { certificateForCode, lanPost } from './client';
import { hostRow, hostStatus, makeCertificate, revokeDevice, saveHost } from './host';
import { pendingCount, readLink, saveLink } from './link';

export const lanHandlers = {
  'lan.getHost': (_i, { db }) => hostStatus(db),
  'lan.setHost': async ({ enabled, port }, ctx) => {
    const h = ctx.read((db) => hostRow(db));
    // The certificate is made once and kept: its code is what paired devices have pinned.
    const cert = enabled && !h.cert_pem ? await makeCertificate(ctx.read((db) => readSettings(db)?.shopName ?? ''), ctx.now) : undefined;
    return ctx.write((db) => {
      saveHost(db, enabled, port, cert);
      return hostStatus(db);
    }, { enabled, port });
  },
  'lan.revokeDevice': ({ deviceId }, { db, now }) => {
    revokeDevice(db, deviceId, now);
    return hostStatus(db);
  },
  'lan.getLink': (_i, { db }) => {
    const l = readLink(db);
    return l ? { joined: true, address: l.address, shopName: l.shopName, counterCode: l.counterCode, pendingBills: pendingCount(db) } : { joined: false };
  },
  'lan.join': async ({ address, code, deviceName }, ctx) => {
    // Only a counter with no shop of its own joins: its screens will show the main counter's shop.
    ctx.read((db) => {
      if (readSettings(db)) throw new AppError('ALREADY_SET_UP');
      if (readLink(db)) throw new AppError('ALREADY_SET_UP', { reason: 'joined' });
    });
    const peer = await certificateForCode(address, code);
    const r = await lanPost({ address, ...peer }, '/lan/pair', { code, name: deviceName });
    // answered as every call on the LAN port is: { result }, a pairing or a refusal (locked, a bad name)
    const body = ((r.body as { result?: unknown } | null)?.result ?? {}) as { ok?: boolean; value?: { deviceToken: string; counterCode: string; shopName: string }; error?: { code: string; details?: Record<string, unknown> } };
    if (!body.ok || !body.value) throw new AppError((body.error?.code ?? 'LINK_DOWN') as never, body.error?.details ?? {});
    const link = { address, ...peer, deviceToken: body.value.deviceToken, counterCode: body.value.counterCode, shopName: body.value.shopName };
    return ctx.write((db) => {
      saveLink(db, link, ctx.now);
      return { joined: true, address, shopName: link.shopName, counterCode: link.counterCode, online: true, pendingBills: 0 };
    }, { address, deviceName, counterCode: link.counterCode });
  },
} satisfies HandlerMap<typeof lanApi>;
