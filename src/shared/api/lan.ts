import { z } from 'zod';
import { id, str } from './fields';
import { method } from './define';

export interface LanDevice {
  id: number;
  name: string;
  counterCode: string;
  pairedAt: string;
  revoked: boolean;
  lastSeenAt: string | null;
  /** Bills the device said were waiting to be sent, at its last contact. */
  pendingBills: number;
}

/** An offline bill that took a product below zero at the main counter (the goods had left the shop). */
export interface StockWarning {
  billNo: string;
  at: string;
  sku: string;
  nameHi: string;
  nameEn: string;
  unit: string;
  onHandAfterMilli: number;
}

export interface LanHost {
  enabled: boolean;
  port: number;
  /** Shown on the main counter, typed on the joining one; null until the certificate is made. */
  pairingCode: string | null;
  fingerprint: string | null;
  devices: LanDevice[];
  /** The latest 50 stock warnings from offline bills, newest first. */
  stockWarnings: StockWarning[];
}

export interface LanLink {
  joined: boolean;
  address?: string;
  shopName?: string;
  counterCode?: string;
  /** Whether the last call to the main counter got through. */
  online?: boolean;
  pendingBills?: number;
  /** When the offline copy of the shop was taken (null: none yet, so no selling offline). */
  snapshotAt?: string | null;
  /** Why the link is refused, when it is not just down: another machine's certificate, or revoked. */
  refused?: 'FOREIGN_CERTIFICATE' | 'DEVICE_REVOKED' | null;
  /** The first waiting bill the main counter refused, and why (the queue waits behind it). */
  stuck?: { offlineNo: string; code: string } | null;
}

const port = z.number().int().min(1024).max(65535);

export const lanApi = {
  /** This computer as the shop's main counter: on or off, its pairing code, its devices. */
  'lan.getHost': method<LanHost>()({ input: z.object({}), access: 'manager' }),
  /** Turn main-counter mode on or off (the certificate is made the first time). */
  'lan.setHost': method<LanHost>()({ input: z.object({ enabled: z.boolean(), port: port.default(4443) }), access: 'owner', async: true }),
  'lan.revokeDevice': method<LanHost>()({ input: z.object({ deviceId: id }), access: 'owner' }),
  /** On a joined counter: the link to the main counter (answered locally, even with the link down). */
  'lan.getLink': method<LanLink>()({ input: z.object({}), access: 'public' }),
  /** A counter with no shop of its own joins the main counter at `address` with the code shown there. */
  'lan.join': method<LanLink>()({
    input: z.object({
      address: str().min(3).max(200).regex(/^[A-Za-z0-9.-]+:[0-9]{2,5}$/, 'host:port'),
      code: str().min(12).max(20),
      deviceName: str().min(1).max(60),
    }),
    access: 'public',
    async: true,
  }),
};
