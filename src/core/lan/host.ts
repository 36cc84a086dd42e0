/**
 * The main counter's side of the LAN: its certificate (made once, on first use) and its devices.
 * A device's token is shown to it once and kept here only as a sha256, like a PIN.
 */
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { AppError } from '../../shared/errors';
import type { LanDevice, LanHost, StockWarning } from '../../shared/api/lan';
import { pairingCode } from './code';

interface HostRow { enabled: number; port: number; cert_pem: string | null; key_pem: string | null; fingerprint: string | null }

/** Main-counter mode as stored; off on port 4443 until the owner first turns it on (a read writes nothing). */
export function hostRow(db: DB): HostRow {
  return stmt<[], HostRow>(db, 'SELECT enabled, port, cert_pem, key_pem, fingerprint FROM lan_host WHERE id = 1').get() ?? { enabled: 0, port: 4443, cert_pem: null, key_pem: null, fingerprint: null };
}

/** A self-signed certificate for the shop's LAN; ten years, an EC P-256 key, SHA-256. */
export async function makeCertificate(shopName: string, now: Date): Promise<{ cert: string; key: string; fingerprint: string }> {
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'Hamar Hatri POS main counter' }, { name: 'organizationName', value: shopName.slice(0, 60) || 'Hamar Hatri' }], {
    keyType: 'ec',
    curve: 'P-256',
    notBeforeDate: new Date(now.getTime() - 86_400_000), // a counter whose clock runs a little behind still accepts it
    notAfterDate: new Date(now.getTime() + 3650 * 86_400_000),
    algorithm: 'sha256',
  });
  return { cert: pems.cert, key: pems.private, fingerprint: new X509Certificate(pems.cert).fingerprint256 };
}

export function saveHost(db: DB, enabled: boolean, port: number, cert?: { cert: string; key: string; fingerprint: string }): void {
  stmt(db, 'INSERT OR IGNORE INTO lan_host (id) VALUES (1)').run();
  stmt(db, 'UPDATE lan_host SET enabled = ?, port = ? WHERE id = 1').run(enabled ? 1 : 0, port);
  if (cert) stmt(db, 'UPDATE lan_host SET cert_pem = ?, key_pem = ?, fingerprint = ? WHERE id = 1').run(cert.cert, cert.key, cert.fingerprint);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface DeviceRow { id: number; name: string; counter_code: string; paired_at: string; revoked_at: string | null; last_seen_at: string | null; pending_bills: number }

const toDevice = (r: DeviceRow): LanDevice => ({
  id: r.id,
  name: r.name,
  counterCode: r.counter_code,
  pairedAt: r.paired_at,
  revoked: r.revoked_at !== null,
  lastSeenAt: r.last_seen_at,
  pendingBills: r.pending_bills,
});

export function hostStatus(db: DB): LanHost {
  const h = hostRow(db);
  const devices = stmt<[], DeviceRow>(db, 'SELECT id, name, counter_code, paired_at, revoked_at, last_seen_at, pending_bills FROM lan_devices ORDER BY id').all().map(toDevice);
  const stockWarnings = stmt<[], StockWarning>(
    db,
    `SELECT s.bill_no AS billNo, w.at, p.sku, p.name_hi AS nameHi, p.name_en AS nameEn, p.unit, w.on_hand_after_milli AS onHandAfterMilli
       FROM stock_warnings w JOIN sales s ON s.id = w.sale_id JOIN products p ON p.id = w.product_id ORDER BY w.at DESC, w.id DESC LIMIT 50`,
  ).all();
  return { enabled: h.enabled === 1, port: h.port, pairingCode: h.fingerprint ? pairingCode(h.fingerprint) : null, fingerprint: h.fingerprint, devices, stockWarnings };
}

/** The next counter code no device and not this counter has: C2, C3, … */
function nextCounterCode(db: DB): string {
  const own = stmt<[], { counter_code: string }>(db, 'SELECT counter_code FROM shop_settings WHERE id = 1').get()?.counter_code ?? 'C1';
  const taken = new Set([own, ...stmt<[], { counter_code: string }>(db, 'SELECT counter_code FROM lan_devices').all().map((r) => r.counter_code)]);
  for (let n = 2; ; n++) if (!taken.has(`C${n}`)) return `C${n}`;
}

/** A new device: its token (shown once) and its own counter code. Inside the caller's transaction. */
export function pairDevice(db: DB, name: string, now: Date): { deviceId: number; token: string; counterCode: string } {
  const token = randomBytes(32).toString('base64url');
  const counterCode = nextCounterCode(db);
  const id = stmt(db, 'INSERT INTO lan_devices (name, counter_code, token_hash, paired_at) VALUES (?, ?, ?, ?)').run(name, counterCode, hashToken(token), now.toISOString()).lastInsertRowid;
  return { deviceId: Number(id), token, counterCode };
}

/** The device a token belongs to, if it is paired and not revoked; its last contact is noted. */
export function deviceByToken(db: DB, token: string, now: Date, pendingBills?: number): { id: number; counterCode: string } | null {
  const r = stmt<[string], { id: number; counter_code: string }>(db, 'SELECT id, counter_code FROM lan_devices WHERE token_hash = ? AND revoked_at IS NULL').get(hashToken(token));
  if (!r) return null;
  stmt(db, 'UPDATE lan_devices SET last_seen_at = ?, pending_bills = coalesce(?, pending_bills) WHERE id = ?').run(now.toISOString(), pendingBills ?? null, r.id);
  return { id: r.id, counterCode: r.counter_code };
}

export function revokeDevice(db: DB, id: number, now: Date): void {
  const r = stmt(db, 'UPDATE lan_devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id);
  if (r.changes === 0) throw new AppError('NOT_FOUND', { what: 'device', field: 'deviceId' });
}
