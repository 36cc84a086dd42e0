/** A joined counter's link to the main counter, as kept in its own database. */
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import type { LinkTarget } from './client';

export interface Link extends LinkTarget {
  deviceToken: string;
  counterCode: string;
  shopName: string;
}

export function readLink(db: DB): Link | null {
  const r = stmt<[], { address: string; fingerprint: string; cert_pem: string; device_token: string; counter_code: string; shop_name: string }>(
    db,
    'SELECT address, fingerprint, cert_pem, device_token, counter_code, shop_name FROM lan_link WHERE id = 1',
  ).get();
  return r ? { address: r.address, fingerprint: r.fingerprint, certPem: r.cert_pem, deviceToken: r.device_token, counterCode: r.counter_code, shopName: r.shop_name } : null;
}

export function saveLink(db: DB, l: Link, now: Date): void {
  stmt(db, 'INSERT INTO lan_link (id, address, fingerprint, cert_pem, device_token, counter_code, shop_name, joined_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?)').run(
    l.address, l.fingerprint, l.certPem, l.deviceToken, l.counterCode, l.shopName, now.toISOString(),
  );
}

export function pendingCount(db: DB): number {
  return stmt<[], { n: number }>(db, 'SELECT count(*) AS n FROM lan_queue WHERE sent_at IS NULL AND recorded = 1').get()!.n;
}
