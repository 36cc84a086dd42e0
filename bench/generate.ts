import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { createApp } from '../src/core/app';
import { IDEMPOTENCY_KEEP_MS } from '../src/core/backup/schedule';
import { tidySearchIndexStep } from '../src/core/catalog/tidy-index';
import { inStoreBarcode } from '../src/core/catalog/barcode';
import type { DB } from '../src/core/db/open';
import { priceBill, type PricedLineInput } from '../src/core/sales/pricing';
import type { DiscountInput } from '../src/shared/api/sales';
import { addDays, businessDate, financialYear } from '../src/shared/dates';
import { COLOURS, CRAFT_ITEMS, FIRST_NAMES, GST_BPS, HSN, PRICE, RARE_ITEMS, RENT_CRAFTS, SIZES, SURNAMES, VILLAGES, type Word } from './names';
import { generatePayouts } from './generate-payouts';
import { generateRentals, type GeneratedRentals } from './generate-rentals';
import { rng, type Rng } from './rng';

/**
 * Builds a shop of a given size FAST: the demo shop through the app (users, crafts, 4 artisans,
 * 22 products), then artisans, products, barcodes, an opening intake per owner and a year of
 * sales written directly with prepared statements in big transactions, exactly the rows
 * sales.checkout writes (sale, lines, stock movements, accruals, payments, drawer, audit row,
 * and for the last two days the idempotency record; housekeeping prunes older ones). The
 * schema's triggers keep stock_on_hand, artisan_balances, sales_daily, cash_daily and the FTS
 * index in step (the app's openDatabase registers the function they call). Some bills are then
 * returned through the app's own sales.return, a year of rentals written in bulk
 * (generate-rentals.ts: costumes and wedding decorations out and back, with their charges,
 * payments, stock, pieces, drawer and artisans' shares), and each month's payouts written in bulk
 * (generate-payouts.ts), which settle the rentals' accruals with the sales'.
 */
export interface ShopSize {
  name: string;
  products: number;
  /** How many sales, or (when saleLines is set) as many as it takes to reach saleLines lines. */
  sales?: number;
  saleLines?: number;
  artisans: number;
  /** Bills partly returned through sales.return. */
  returns: number;
  /** Rentals over the year and the weeks ahead (generate-rentals.ts). */
  rentals: number;
}

export const SHOP_SIZES: Record<string, ShopSize> = {
  tiny: { name: 'tiny', products: 200, sales: 300, artisans: 8, returns: 5, rentals: 40 },
  small: { name: 'small', products: 1_000, sales: 10_000, artisans: 30, returns: 100, rentals: 300 },
  large: { name: 'large', products: 100_000, saleLines: 1_000_000, artisans: 300, returns: 1_000, rentals: 20_000 },
  xlarge: { name: 'xlarge', products: 300_000, saleLines: 3_000_000, artisans: 800, returns: 2_000, rentals: 60_000 },
};

export interface GeneratedShop {
  file: string;
  size: ShopSize;
  seconds: number;
  counts: Record<string, number>;
  ownerId: number;
  cashierId: number;
  /** Saleable products with ample stock for the checkout measures: id and price. */
  pool: { id: number; price: number }[];
  barcodes: string[];
  /** The busiest artisan (for the statement) and a day and a month with sales. */
  artisanId: number;
  lastDay: string;
  busyMonth: string;
  firstDay: string;
  /** What generate-rentals.ts made (absent in a shop.json from before rentals). */
  rentals?: GeneratedRentals;
  missing: string[];
}

const DAY = 86_400_000;
const IST = 5.5 * 3_600_000;
const SEED = 20261123;

/** UTC midnight of a business date's day in India, as ms. */
function istMidnight(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) - IST;
}

function productName(r: Rng, i: number, craftCode: string, craftHi: string, craftEn: string): { hi: string; en: string } {
  const items = CRAFT_ITEMS[craftCode] ?? CRAFT_ITEMS.PARA!;
  // one product in 997 per rare item, the first of them among the first few (so even a tiny shop has them)
  const item: Word = i % 997 < RARE_ITEMS.length ? RARE_ITEMS[i % 997]! : r.pick(items);
  const size = r.pick(SIZES);
  const colour = r.pick(COLOURS);
  const craftShortHi = craftHi.replace(/ (आर्ट|कला|सिल्क)$/, '');
  const craftShortEn = craftEn.split(' ')[0]!;
  const design = r.int(1, 400);
  const kind = RARE_ITEMS.includes(item) ? 0 : r.next();
  if (kind < 0.7) {
    // Hindi and English
    return { hi: `${craftShortHi} ${item[0]} ${size[0]} ${colour[0]} ${design}`, en: `${craftShortEn} ${item[1]} ${size[1]} ${colour[1]} ${design}` };
  }
  if (kind < 0.85) {
    // Mixed: a Hindi name with English words, and the Hindi typed in Latin letters
    return { hi: `${craftShortHi} ${item[1]} ${colour[0]} ${design}`, en: `${craftShortEn} ${item[2]} ${colour[2]} ${design}` };
  }
  if (kind < 0.95) return { hi: `${craftShortHi} ${item[0]} ${colour[0]} ${design}`, en: '' };
  return { hi: '', en: `${craftShortEn} ${item[1]} ${colour[1]} ${design}` };
}

/** Every day's share of the year's sales: weekends busier, Diwali and the wedding season more so, the monsoon quiet. */
function dayWeight(date: string): number {
  const d = new Date(`${date}T00:00:00Z`);
  const dow = d.getUTCDay();
  const m = d.getUTCMonth() + 1;
  let w = dow === 0 || dow === 6 ? 1.4 : 1;
  if (m === 10 || m === 11) w *= 1.8;
  if (m === 1 || m === 2 || m === 5) w *= 1.2;
  if (m === 7 || m === 8) w *= 0.7;
  return w;
}

export function generateShop(file: string, size: ShopSize, log: (msg: string) => void = () => {}, now = new Date()): GeneratedShop {
  const started = performance.now();
  const r = rng(SEED);
  let clock = now;
  const app = createApp(file, { clock: () => clock });
  const db = app.db;
  const demo = app.call('setup.loadDemo', { language: 'hi' });
  if (!demo.result.ok || !demo.session || !('set' in demo.session)) throw new Error(`demo: ${JSON.stringify(demo.result)}`);
  const owner = demo.result.value.user;
  const ownerId = owner.id;
  const cashierId = (db.prepare(`SELECT id FROM users WHERE role = 'cashier' ORDER BY id LIMIT 1`).get() as { id: number }).id;
  db.prepare(`UPDATE shop_settings SET gstin = '22AABTH1234K1Z5'`).run(); // a registered shop: tax invoices, CGST/SGST
  const shop = db.prepare('SELECT bill_prefix, counter_code, time_zone FROM shop_settings WHERE id = 1').get() as { bill_prefix: string; counter_code: string; time_zone: string };

  const lastDay = businessDate(new Date(now.getTime() - DAY), shop.time_zone);
  const firstDay = businessDate(new Date(istMidnight(lastDay) + IST - 364 * DAY), shop.time_zone);
  const openAt = new Date(istMidnight(firstDay) - DAY + 10 * 3_600_000);

  const crafts = db.prepare('SELECT id, code, name_hi, name_en FROM crafts ORDER BY id').all() as { id: number; code: string; name_hi: string; name_en: string }[];
  const tx = <T>(fn: () => T) => db.transaction(fn).immediate();

  // --- artisans -------------------------------------------------------------------------------
  const insArtisan = db.prepare(`INSERT INTO artisans (uid, name_hi, name_en, phone, village, upi_id, commission_bps, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  tx(() => {
    for (let i = 0; i < size.artisans - 4; i++) {
      const f = r.pick(FIRST_NAMES);
      const s = r.pick(SURNAMES);
      insArtisan.run(uuidv7(), `${f[0]} ${s[0]}`, `${f[1]} ${s[1]}`, `9${r.int(100_000_000, 999_999_999)}`, r.pick(VILLAGES), r.chance(0.5) ? `${f[1].toLowerCase()}${i}@upi` : '', r.pick([1500, 2000, 2000, 2500]), openAt.toISOString());
    }
  });
  const artisans = db.prepare('SELECT id, commission_bps FROM artisans ORDER BY id').all() as { id: number; commission_bps: number }[];
  const commissionOf = new Map(artisans.map((a) => [a.id, a.commission_bps]));
  log(`artisans: ${artisans.length}`);

  // --- products and barcodes ------------------------------------------------------------------
  const insProduct = db.prepare(`INSERT INTO products (uid, sku, name_hi, name_en, craft_id, artisan_id, price_paise, hsn, gst_rate_bps, unit, for_sale, for_rent,
      status, low_stock_milli, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insBarcode = db.prepare('INSERT INTO barcodes (code, product_id) VALUES (?, ?)');
  const toMake = Math.max(0, size.products - 22);
  const skuSeq = new Map<string, number>();
  for (let done = 0; done < toMake; ) {
    const n = Math.min(10_000, toMake - done);
    tx(() => {
      for (let i = 0; i < n; i++) {
        const c = crafts[r.weighted(crafts.map((x) => (RENT_CRAFTS.has(x.code) ? 0.3 : 1)))]!;
        const name = productName(r, done + i, c.code, c.name_hi, c.name_en);
        const rent = RENT_CRAFTS.has(c.code);
        const [lo, hi] = PRICE[c.code] ?? [100, 1000];
        const price = Math.round(lo + (hi - lo) * r.next() ** 2) * 100;
        const seq = (skuSeq.get(c.code) ?? 100) + 1;
        skuSeq.set(c.code, seq);
        // A rentable in four is an artisan's (her share of its rent accrues to her); chosen without the
        // random stream, so the sales drawn after it stay as they were before rentals were generated.
        const artisanId = rent ? (seq % 4 === 0 ? artisans[seq % artisans.length]!.id : null) : r.chance(0.12) ? null : r.pick(artisans).id;
        const unit = c.code === 'KOSA' && name.en.includes('fabric') ? 'metre' : c.code === 'DHAN' && name.en.includes('earrings') ? 'pair' : 'piece';
        const at = openAt.toISOString();
        const id = Number(
          insProduct.run(uuidv7(), `${c.code.slice(0, 4)}-${String(seq).padStart(6, '0')}`, name.hi, name.en, c.id, artisanId, price, HSN[c.code] ?? '', GST_BPS[c.code] ?? 0, unit,
            rent ? 0 : 1, rent ? 1 : 0, r.chance(0.02) ? 'archived' : 'active', r.chance(0.3) ? 2000 : 0, at, at).lastInsertRowid,
        );
        insBarcode.run(inStoreBarcode(id), id);
      }
    });
    done += n;
    log(`products: ${done + 22}`);
  }
  const products = db.prepare(`SELECT id, artisan_id, commission_bps, price_paise, gst_rate_bps, name_hi, name_en, hsn, unit, sku, for_sale, status FROM products ORDER BY id`).all() as {
    id: number; artisan_id: number | null; commission_bps: number | null; price_paise: number; gst_rate_bps: number; name_hi: string; name_en: string; hsn: string; unit: string; sku: string; for_sale: number; status: string;
  }[];
  const byId = new Map(products.map((p) => [p.id, p]));
  const saleable = products.filter((p) => p.for_sale === 1 && p.status === 'active').map((p) => p.id);
  // Popularity: a shuffled order, then a skewed pick (a few best sellers, a long tail).
  for (let i = saleable.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [saleable[i], saleable[j]] = [saleable[j]!, saleable[i]!];
  }

  // --- the year's sales plan (so opening stock covers them) ----------------------------------
  const days: string[] = [];
  for (let d = firstDay; ; d = addDays(d, 1)) {
    days.push(d);
    if (d === lastDay) break;
  }
  const lineCounts: number[] = [];
  let totalLines = 0;
  const wantSales = size.sales ?? Infinity;
  const wantLines = size.saleLines ?? Infinity;
  while (lineCounts.length < wantSales && totalLines < wantLines) {
    const n = [1, 2, 3, 4, 5, 6, 8][r.weighted([40, 28, 15, 8, 5, 2, 2])]!;
    lineCounts.push(n);
    totalLines += n;
  }
  const S = lineCounts.length;
  const lineProd = new Int32Array(totalLines);
  const lineQty = new Uint8Array(totalLines);
  const demand = new Map<number, number>();
  for (let s = 0, k = 0; s < S; s++) {
    const start = k;
    for (let j = 0; j < lineCounts[s]!; j++, k++) {
      let id: number;
      do id = saleable[Math.floor(saleable.length * r.next() ** 2.5)]!;
      while (lineProd.subarray(start, k).includes(id));
      lineProd[k] = id;
      lineQty[k] = r.weighted([85, 10, 4, 1]) + 1;
      demand.set(id, (demand.get(id) ?? 0) + lineQty[k]!);
    }
  }
  log(`plan: ${S} sales, ${totalLines} lines over ${days.length} days`);

  // --- opening intake: one slip per owner, enough for the year ------------------------------
  const insIntake = db.prepare('INSERT INTO intakes (id, uid, slip_no, artisan_id, user_id, at, reference, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insIntakeLine = db.prepare('INSERT INTO intake_lines (intake_id, line_no, product_id, qty_milli, unit_price_paise, movement_id) VALUES (?, ?, ?, ?, ?, ?)');
  const insMove = db.prepare(`INSERT INTO stock_movements (uid, product_id, qty_milli, kind, unit_price_paise, user_id, at, reason, reference, ref_type, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byOwner = new Map<number | null, number[]>();
  for (const p of products) if (p.status === 'active') byOwner.set(p.artisan_id, [...(byOwner.get(p.artisan_id) ?? []), p.id]);
  let intakeId = (db.prepare('SELECT COALESCE(max(id), 0) AS n FROM intakes').get() as { n: number }).n;
  tx(() => {
    for (const [owner, ids] of byOwner) {
      intakeId++;
      const uid = uuidv7({ msecs: openAt.getTime() });
      insIntake.run(intakeId, uid, `${shop.counter_code}-IN-${String(intakeId).padStart(5, '0')}`, owner, ownerId, openAt.toISOString(), 'opening', '');
      ids.forEach((pid, i) => {
        const p = byId.get(pid)!;
        const qty = ((demand.get(pid) ?? 0) + r.int(2, 12)) * 1000;
        const m = insMove.run(uuidv7({ msecs: openAt.getTime() }), pid, qty, 'intake', p.price_paise, ownerId, openAt.toISOString(), 'intake', 'opening', 'intake', uid);
        insIntakeLine.run(intakeId, i + 1, pid, qty, p.price_paise, Number(m.lastInsertRowid));
      });
    }
  });
  log('opening intakes done');

  // --- the sales, day by day -----------------------------------------------------------------
  const insSale = db.prepare(`INSERT INTO sales (uid, bill_no, counter_code, fy, seq, at, business_date, user_id, approved_by, invoice_kind, gstin, customer_name,
      customer_phone, discount_reason, gross_paise, discount_paise, total_paise, tax_paise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'tax_invoice', '22AABTH1234K1Z5', ?, ?, ?, ?, ?, ?, ?)`);
  const insLine = db.prepare(`INSERT INTO sale_lines (uid, sale_id, line_no, product_id, name_hi, name_en, hsn, unit, qty_milli, list_price_paise, unit_price_paise,
      gross_paise, line_discount_paise, bill_discount_paise, net_paise, gst_rate_bps, taxable_paise, cgst_paise, sgst_paise, artisan_id, commission_bps, artisan_share_paise)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insAccrual = db.prepare(`INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, sale_line_id, ref_type, ref_id, at, user_id) VALUES (?, ?, 'accrual', ?, ?, 'sale', ?, ?, ?)`);
  const insPay = db.prepare('INSERT INTO sale_payments (uid, sale_id, method, amount_paise, tendered_paise, change_paise, ref) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insCash = db.prepare(`INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const insAudit = db.prepare('INSERT INTO audit_log (uid, at, user_id, action, details) VALUES (?, ?, ?, ?, ?)');
  const insIdem = db.prepare('INSERT INTO idempotency (request_id, method, result, at) VALUES (?, ?, ?, ?)');
  const setCounter = db.prepare(`INSERT INTO bill_counters (fy, counter_code, last_seq) VALUES (?, ?, ?) ON CONFLICT(fy, counter_code) DO UPDATE SET last_seq = excluded.last_seq`);
  const cashierName = (db.prepare('SELECT name FROM users WHERE id = ?').get(cashierId) as { name: string }).name;
  const keepIdemFrom = now.getTime() - IDEMPOTENCY_KEEP_MS;

  const weights = days.map(dayWeight);
  const wsum = weights.reduce((a, b) => a + b, 0);
  const perDay = weights.map((w) => Math.floor((S * w) / wsum));
  for (let left = S - perDay.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i = (i + 7) % days.length) perDay[i]!++;
  const seqs = new Map<string, number>();
  const toReturn: { billNo: string; at: number; qtyMilli: number }[] = [];
  const returnChance = size.returns / S;
  const monthLines = new Map<string, number>();
  let s = 0;
  let k = 0;
  let dayIndex = 0;
  const BATCH_DAYS = Math.max(1, Math.floor(5_000 / Math.max(1, S / days.length)));
  while (dayIndex < days.length) {
    tx(() => {
      for (let b = 0; b < BATCH_DAYS && dayIndex < days.length; b++, dayIndex++) {
        const date = days[dayIndex]!;
        const n = perDay[dayIndex]!;
        const open = istMidnight(date) + 10.5 * 3_600_000;
        if (n > 0) insCash.run(uuidv7({ msecs: open - 600_000 }), 'float', 200_000, date, new Date(open - 600_000).toISOString(), ownerId, null, null);
        const times = Array.from({ length: n }, () => open + Math.floor(r.next() * 9.5 * 3_600_000)).sort((a, b) => a - b);
        const fy = financialYear(date);
        for (const t of times) {
          const at = new Date(t).toISOString();
          const count = lineCounts[s]!;
          const lines: PricedLineInput[] = [];
          for (let j = 0; j < count; j++) {
            const p = byId.get(lineProd[k + j]!)!;
            lines.push({ qtyMilli: lineQty[k + j]! * 1000, unitPricePaise: p.price_paise, gstRateBps: p.gst_rate_bps, commissionBps: p.artisan_id === null ? null : (p.commission_bps ?? commissionOf.get(p.artisan_id) ?? 0) });
          }
          const billDiscount: DiscountInput | undefined = r.chance(0.08) ? { kind: 'percent', bps: r.pick([500, 1000]) } : undefined;
          const bill = priceBill(lines, billDiscount, true);
          const seq = (seqs.get(fy) ?? 0) + 1;
          seqs.set(fy, seq);
          const billNo = `${shop.bill_prefix}/${fy}/${shop.counter_code}-${String(seq).padStart(6, '0')}`;
          const uid = uuidv7({ msecs: t });
          const phone = r.chance(0.2) ? `9${r.int(100_000_000, 999_999_999)}` : '';
          const customer = phone && r.chance(0.5) ? `${r.pick(FIRST_NAMES)[0]} ${r.pick(SURNAMES)[0]}` : '';
          const reason = billDiscount ? 'सदस्य छूट' : '';
          const saleId = Number(insSale.run(uid, billNo, shop.counter_code, fy, seq, at, date, cashierId, customer, phone, reason, bill.grossPaise, bill.discountPaise, bill.totalPaise, bill.taxPaise).lastInsertRowid);
          const saleLines = bill.lines.map((bl, j) => {
            const pid = lineProd[k + j]!;
            const p = byId.get(pid)!;
            const li = lines[j]!;
            const lineId = Number(
              insLine.run(uuidv7({ msecs: t }), saleId, j + 1, pid, p.name_hi, p.name_en, p.hsn, p.unit, li.qtyMilli, p.price_paise, p.price_paise, bl.grossPaise, bl.lineDiscountPaise,
                bl.billDiscountPaise, bl.netPaise, p.gst_rate_bps, bl.taxablePaise, bl.cgstPaise, bl.sgstPaise, p.artisan_id, li.commissionBps, bl.artisanSharePaise).lastInsertRowid,
            );
            insMove.run(uuidv7({ msecs: t }), pid, -li.qtyMilli, 'sale', p.price_paise, cashierId, at, 'sale', billNo, 'sale', uid);
            if (p.artisan_id !== null && bl.artisanSharePaise > 0) insAccrual.run(uuidv7({ msecs: t }), p.artisan_id, bl.artisanSharePaise, lineId, uid, at, cashierId);
            return { lineNo: j + 1, productId: pid, sku: p.sku, nameHi: p.name_hi, nameEn: p.name_en, hsn: p.hsn, unit: p.unit, qtyMilli: li.qtyMilli, unitPricePaise: p.price_paise, ...bl, gstRateBps: p.gst_rate_bps, artisanId: p.artisan_id, returnedMilli: 0 };
          });
          // Payments: cash (often with change), UPI, card, sometimes split cash + UPI.
          const m = r.weighted([55, 38, 4, 3]);
          const payments: { method: 'cash' | 'upi' | 'card'; amountPaise: number; tenderedPaise?: number; ref: string }[] = [];
          if (m === 3 && bill.totalPaise > 20_000) {
            const cashPart = Math.floor(bill.totalPaise / 20_000) * 10_000;
            payments.push({ method: 'cash', amountPaise: cashPart, ref: '' }, { method: 'upi', amountPaise: bill.totalPaise - cashPart, ref: `UPI${r.int(100_000, 999_999)}` });
          } else if (m === 0 || m === 3) {
            const tendered = r.chance(0.6) ? Math.ceil(bill.totalPaise / 10_000) * 10_000 : bill.totalPaise;
            payments.push(tendered > bill.totalPaise ? { method: 'cash', amountPaise: bill.totalPaise, tenderedPaise: tendered, ref: '' } : { method: 'cash', amountPaise: bill.totalPaise, ref: '' });
          } else payments.push({ method: m === 1 ? 'upi' : 'card', amountPaise: bill.totalPaise, ref: m === 1 ? `UPI${r.int(100_000, 999_999)}` : '' });
          for (const p of payments) insPay.run(uuidv7({ msecs: t }), saleId, p.method, p.amountPaise, p.tenderedPaise ?? null, p.tenderedPaise ? p.tenderedPaise - p.amountPaise : 0, p.ref);
          const cash = payments.filter((p) => p.method === 'cash').reduce((a, p) => a + p.amountPaise, 0);
          if (cash > 0) insCash.run(uuidv7({ msecs: t }), 'sale', cash, date, at, cashierId, 'sale', uid);
          // What dispatch adds: the audit row (the parsed input) and the idempotency record (the result).
          const requestId = randomUUID();
          const input = {
            requestId, lines: lines.map((l, j) => ({ productId: lineProd[k + j]!, qtyMilli: l.qtyMilli, expectedPricePaise: l.unitPricePaise })), billDiscount, discountReason: reason,
            payments, customerName: customer, customerPhone: phone,
          };
          insAudit.run(uuidv7({ msecs: t }), at, cashierId, 'sales.checkout', JSON.stringify({ input }));
          const sale = {
            id: saleId, uid, billNo, at, businessDate: date, invoiceKind: 'tax_invoice', cashier: cashierName, approvedBy: null, customerName: customer, customerPhone: phone,
            grossPaise: bill.grossPaise, discountPaise: bill.discountPaise, totalPaise: bill.totalPaise, taxPaise: bill.taxPaise, lines: saleLines,
            payments: payments.map((p) => ({ method: p.method, amountPaise: p.amountPaise, tenderedPaise: p.tenderedPaise ?? null, changePaise: p.tenderedPaise ? p.tenderedPaise - p.amountPaise : 0, ref: p.ref })),
            changePaise: 0, taxes: [],
          };
          if (t >= keepIdemFrom) insIdem.run(requestId, 'sales.checkout', JSON.stringify(sale), at); // older ones: pruned by housekeeping
          if (r.chance(returnChance)) toReturn.push({ billNo, at: t, qtyMilli: lines[0]!.qtyMilli });
          monthLines.set(date.slice(0, 7), (monthLines.get(date.slice(0, 7)) ?? 0) + count);
          k += count;
          s++;
        }
      }
      for (const [fy, seq] of seqs) setCounter.run(fy, shop.counter_code, seq);
    });
    if (dayIndex % 30 < BATCH_DAYS) log(`sales: ${s}/${S} (${days[Math.min(dayIndex, days.length - 1)]})`);
  }

  // --- returns through the app's own sales.return (the owner may refund any amount) --------
  for (const ret of toReturn) {
    clock = new Date(Math.min(ret.at + r.int(1, 72) * 3_600_000, now.getTime() - 60_000));
    // a fresh login at that moment (idle logins expire, and the clock jumps from return to return)
    const ownerToken = app.sessions.create(owner, clock.getTime());
    const o = app.call(
      'sales.return',
      { requestId: randomUUID(), billNo: ret.billNo, lines: [{ lineNo: 1, qtyMilli: ret.qtyMilli, restock: r.chance(0.9) }], refundMethod: 'cash', reason: 'ग्राहक ने लौटाया' },
      ownerToken,
    );
    if (!o.result.ok) throw new Error(`return ${ret.billNo}: ${JSON.stringify(o.result.error)}`);
  }
  log(`returns: ${toReturn.length}`);

  // --- a year of rentals, in bulk (before the payouts, which settle their accruals too) --------
  // Its own random stream, so the payouts' draws stay as they were.
  const rentals = generateRentals(
    db,
    { days, today: businessDate(now, shop.time_zone), now, openAt, ownerId, cashierId, billPrefix: shop.bill_prefix, counterCode: shop.counter_code, midnight: istMidnight },
    size.rentals ?? 0,
    rng(SEED + 14),
    log,
  );
  log(`rentals: ${JSON.stringify(rentals)}`);

  // --- monthly payouts to the artisans, in bulk ---------------------------------------------
  const paid = generatePayouts(db, { days, ownerId, counterCode: shop.counter_code, midnight: istMidnight }, r, log);
  log(`payouts: ${paid.payouts} settling ${paid.items} entries`);

  // --- ample stock for the checkout measures (popular, active, saleable, whole units) -------
  const pool = saleable.slice(0, Math.min(2_000, saleable.length)).map((id) => ({ id, price: byId.get(id)!.price_paise }));
  tx(() => {
    intakeId++;
    const uid = uuidv7();
    insIntake.run(intakeId, uid, `${shop.counter_code}-IN-${String(intakeId).padStart(5, '0')}`, null, ownerId, now.toISOString(), 'bench', '');
    // intake lines must be the slip owner's products; the bench's top-up is movements only
    for (const p of pool) insMove.run(uuidv7(), p.id, 1_000_000_000, 'intake', p.price, ownerId, now.toISOString(), 'intake', 'bench top-up', 'intake', uid);
  });
  // a shop that ran for a year had its search index merged by the hourly housekeeping
  while (tidySearchIndexStep(db, 2_000));
  db.pragma('wal_checkpoint(TRUNCATE)');

  const counts = Object.fromEntries(
    ['products', 'artisans', 'sales', 'sale_lines', 'sale_payments', 'stock_movements', 'artisan_ledger', 'cash_movements', 'sale_returns', 'payouts', 'payout_items', 'audit_log', 'idempotency', 'intakes',
    'rentals', 'rental_lines', 'rental_charges', 'rental_payments', 'rental_returns', 'rental_pieces', 'rental_piece_events'].map((t) => [
      t,
      (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
  const busy = db.prepare(`SELECT artisan_id AS id FROM artisan_ledger GROUP BY artisan_id ORDER BY count(*) DESC LIMIT 1`).get() as { id: number } | undefined;
  const barcodes = (db.prepare('SELECT code FROM barcodes').pluck().all() as string[]).filter((_, i) => i % Math.max(1, Math.floor(products.length / 5_000)) === 0);
  const busyMonth = [...monthLines].sort((a, b) => b[1] - a[1])[0]?.[0] ?? lastDay.slice(0, 7);
  app.close();
  return {
    file, size, seconds: (performance.now() - started) / 1000, counts, ownerId, cashierId, pool, barcodes, artisanId: busy?.id ?? artisans[0]!.id, lastDay, busyMonth, firstDay, rentals,
    missing: [
      'stock intakes beyond one opening slip per owner', 'idempotency records older than two days (housekeeping prunes them; none for rentals)',
      'rental extensions, partial or lost-unit returns, waived late fees',
    ],
  };
}
