import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { SEARCH_SQL } from '../src/core/catalog/search';
import { priceBill } from '../src/core/sales/pricing';
import { businessDate, financialYear } from '../src/shared/dates';
import type { Rng } from './rng';
import { summarize, timeLoop, type Figure } from './stats';

/**
 * The bare better-sqlite3 baseline: a plain connection (WAL, synchronous=FULL, foreign keys on,
 * like the app) and prepared statements, no validation, no dispatch, no audit or idempotency
 * rows, no reads of the product before selling it. Its figures are the floor ours are compared to.
 */
export interface BaselineFigures {
  checkout: Figure;
  lookup: Figure;
  search: Figure;
  page: Figure;
}

interface P { id: number; price_paise: number; gst_rate_bps: number; artisan_id: number | null; commission: number | null; name_hi: string; name_en: string; hsn: string; unit: string }

export function openBare(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

export function dbBytes(db: Database.Database): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  // pages in use (free pages are reused first, so they would hide growth)
  const used = (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
  return used * (db.pragma('page_size', { simple: true }) as number);
}

/**
 * The same writes as a 3-line checkout: bill number, sale, lines, stock movements, accruals,
 * payment, drawer. Returns a function that makes the next sale (inputs are made up front).
 */
export function bareSeller(db: Database.Database, poolIds: number[], userId: number, r: Rng, n: number, dispatchRows?: { resultBytes: number }): () => void {
  const byId = new Map(
    (db.prepare(`SELECT p.id, p.price_paise, p.gst_rate_bps, p.artisan_id, COALESCE(p.commission_bps, a.commission_bps) AS commission, p.name_hi, p.name_en, p.hsn, p.unit
                   FROM products p LEFT JOIN artisans a ON a.id = p.artisan_id WHERE p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(poolIds)) as P[]).map((p) => [p.id, p]),
  );
  const counter = db.prepare(`INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, 'BX', 1) ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`).pluck();
  const insSale = db.prepare(`INSERT INTO sales (uid, bill_no, counter_code, fy, seq, at, business_date, user_id, invoice_kind, gstin, gross_paise, discount_paise, total_paise, tax_paise)
                               VALUES (?, ?, 'BX', ?, ?, ?, ?, ?, 'tax_invoice', '22AABTH1234K1Z5', ?, 0, ?, ?)`);
  const insLine = db.prepare(`INSERT INTO sale_lines (uid, sale_id, line_no, product_id, name_hi, name_en, hsn, unit, qty_milli, list_price_paise, unit_price_paise,
      gross_paise, line_discount_paise, bill_discount_paise, net_paise, gst_rate_bps, taxable_paise, cgst_paise, sgst_paise, artisan_id, commission_bps, artisan_share_paise)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1000, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insMove = db.prepare(`INSERT INTO stock_movements (uid, product_id, qty_milli, kind, unit_price_paise, user_id, at, reason, reference, ref_type, ref_id) VALUES (?, ?, -1000, 'sale', ?, ?, ?, 'sale', ?, 'sale', ?)`);
  const insAccrual = db.prepare(`INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'sale', ?, ?, ?)`);
  const insPay = db.prepare(`INSERT INTO sale_payments (uid, sale_id, method, amount_paise, change_paise) VALUES (?, ?, ?, ?, 0)`);
  const insCash = db.prepare(`INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, 'sale', ?, ?, ?, ?, 'sale', ?)`);

  // Optionally what dispatch adds to the same transaction: an audit row and an idempotency record of the app's size.
  const insAudit = db.prepare(`INSERT INTO audit_log (uid, at, user_id, action, details) VALUES (?, ?, ?, 'sales.checkout', ?)`);
  const insIdem = db.prepare(`INSERT INTO idempotency (request_id, method, result, at) VALUES (?, 'sales.checkout', ?, ?)`);
  const filler = dispatchRows ? JSON.stringify({ sale: 'x'.repeat(Math.max(0, dispatchRows.resultBytes - 12)) }) : '';
  const sales = Array.from({ length: n }, () => {
    const ps: P[] = [];
    while (ps.length < 3) {
      const p = byId.get(r.pick(poolIds))!;
      if (!ps.includes(p)) ps.push(p);
    }
    const bill = priceBill(ps.map((p) => ({ qtyMilli: 1000, unitPricePaise: p.price_paise, gstRateBps: p.gst_rate_bps, commissionBps: p.artisan_id === null ? null : (p.commission ?? 0) })), undefined, true);
    return { ps, bill, cash: r.chance(0.55) };
  });
  const date = businessDate(new Date(), 'Asia/Kolkata');
  const fy = financialYear(date);
  const sell = db.transaction((i: number) => {
    const { ps, bill, cash } = sales[i]!;
    const at = new Date().toISOString();
    const seq = counter.get(fy) as number;
    const uid = uuidv7();
    const billNo = `HH/${fy}/BX-${String(seq).padStart(6, '0')}`;
    const saleId = insSale.run(uid, billNo, fy, seq, at, date, userId, bill.grossPaise, bill.totalPaise, bill.taxPaise).lastInsertRowid;
    bill.lines.forEach((b, j) => {
      const p = ps[j]!;
      const lineId = insLine.run(uuidv7(), saleId, j + 1, p.id, p.name_hi, p.name_en, p.hsn, p.unit, p.price_paise, p.price_paise, b.grossPaise, b.netPaise, p.gst_rate_bps,
        b.taxablePaise, b.cgstPaise, b.sgstPaise, p.artisan_id, p.artisan_id === null ? null : p.commission, b.artisanSharePaise).lastInsertRowid;
      insMove.run(uuidv7(), p.id, p.price_paise, userId, at, billNo, uid);
      if (p.artisan_id !== null && b.artisanSharePaise > 0) insAccrual.run(uuidv7(), p.artisan_id, b.artisanSharePaise, lineId, uid, at, userId);
    });
    insPay.run(uuidv7(), saleId, cash ? 'cash' : 'upi', bill.totalPaise);
    if (cash) insCash.run(uuidv7(), bill.totalPaise, date, at, userId, uid);
    if (dispatchRows) {
      insAudit.run(uuidv7(), at, userId, JSON.stringify({ input: { lines: ps.map((p) => ({ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise })), uid } }));
      insIdem.run(randomUUID(), filler, at);
    }
  });
  let k = 0;
  return () => sell.immediate(k++);
}

/** The bare read for each measured read: one prepared statement, no dispatch. */
export function baselineReads(db: Database.Database, barcodes: string[], terms: string[], total: number, r: Rng, n: number) {
  const byBarcode = db.prepare(SEARCH_SQL.byBarcode);
  const lookup = timeLoop(n, () => byBarcode.get(r.pick(barcodes)));
  const fts = db.prepare(`${SEARCH_SQL.byIds.replace('SELECT value FROM json_each(?)', 'SELECT rowid FROM products_fts WHERE products_fts MATCH ? LIMIT 50')}`);
  const search = timeLoop(n, (i) => fts.all(`"${terms[Math.abs(i) % terms.length]!}"`));
  const pageStmt = db.prepare(`SELECT p.id, p.sku, p.name_hi, p.name_en, c.name_hi AS craft_hi, p.price_paise, COALESCE(s.qty_milli, 0) AS on_hand
                                 FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN stock_on_hand s ON s.product_id = p.id
                                WHERE p.status = 'active' ORDER BY p.id LIMIT 100 OFFSET ?`);
  const page = timeLoop(Math.min(n, 500), () => pageStmt.all(Math.floor((r.next() * total) / 100) * 100));
  return {
    lookup: summarize(lookup.samples, { note: 'bare: one prepared SELECT by barcode' }),
    search: summarize(search.samples, { note: 'bare: FTS5 MATCH "term" LIMIT 50 + rows' }),
    page: summarize(page.samples, { note: 'bare: ORDER BY id LIMIT 100 OFFSET random, no count' }),
  };
}
