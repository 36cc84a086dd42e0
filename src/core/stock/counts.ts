import { uuidv7 } from '../uuid';
import type { CountLine, CountSheet, CountSummary } from '../../shared/api/counts';
import type { Unit } from '../../shared/api/products';
import { mulDivRound } from '../../shared/money';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { productIdByCode } from '../catalog/products';
import { assertCanRemove, ledgerSeq, recordMovement } from './ledger';
import { assertUnitQty } from './units';

/*
 * THE VARIANCE RULE. Selling goes on while a count is open, so "expected" must be the ledger as
 * it stood when the shelf was looked at, not when the count started nor when it is posted.
 *
 * - At start we snapshot each product's on-hand (snapshotMilli) and the ledger position
 *   start_seq (the highest stock_movements id).
 * - Each time a line is scanned or typed we store counted_seq, the ledger position at that moment:
 *   the counted number reflects the shelf with every movement up to counted_seq already applied.
 * - expected = snapshot + movements of that product with start_seq < id <= counted_seq
 *   (= the on-hand the ledger showed at the moment of counting),
 *   variance = counted - expected, value = price x variance.
 * - Posting writes one count_adjustment of `variance` per line, so afterwards
 *   on hand = counted + every movement after the line was counted: a sale after the count
 *   is still taken off, a sale before it is not taken off twice.
 * Movement ids, not clock times, mark the moments: they are strictly ordered in one database.
 * A product counted in several scans is taken as at its last scan; sales of that product between
 * its scans are assumed to be of pieces not yet scanned (count one product in one go).
 */

interface CountRow {
  id: number; uid: string; scope: 'all' | 'craft' | 'artisan'; craft_id: number | null; artisan_id: number | null;
  status: 'open' | 'posted' | 'cancelled'; start_seq: number; started_at: string; started_by_name: string;
  note: string; closed_at: string | null; reason: string;
}

interface LineRow {
  product_id: number; sku: string; name_hi: string; name_en: string; unit: Unit; price_paise: number;
  expected_milli: number; counted_milli: number | null; since_start: number; to_count: number;
}

const IN_SCOPE = `(@scope = 'all' OR (@scope = 'craft' AND p.craft_id = @craftId) OR (@scope = 'artisan' AND p.artisan_id = @artisanId))`;
// Movements of this line's product after the start, leaving out this count's own adjustments.
const SINCE = `FROM stock_movements m WHERE m.product_id = l.product_id AND m.id > c.start_seq AND NOT (m.ref_type = 'count' AND m.ref_id = c.uid)`;

function countRow(db: DB, id: number): CountRow {
  const c = stmt<[number], CountRow>(db, 'SELECT c.*, u.name AS started_by_name FROM stock_counts c JOIN users u ON u.id = c.started_by WHERE c.id = ?').get(id);
  if (!c) throw new AppError('NOT_FOUND', { what: 'count', field: 'id', id });
  return c;
}

function openCount(db: DB, id: number): CountRow {
  const c = countRow(db, id);
  if (c.status !== 'open') throw new AppError('COUNT_CLOSED', { id, status: c.status });
  return c;
}

function toLine(r: LineRow): CountLine {
  const counted = r.counted_milli;
  const expected = r.expected_milli + (counted === null ? r.since_start : r.to_count);
  const variance = counted === null ? null : counted - expected;
  return {
    productId: r.product_id, sku: r.sku, nameHi: r.name_hi, nameEn: r.name_en, unit: r.unit, pricePaise: r.price_paise,
    snapshotMilli: r.expected_milli, sinceStartMilli: r.since_start, countedMilli: counted, expectedMilli: expected,
    varianceMilli: variance, varianceValuePaise: variance === null ? null : mulDivRound(r.price_paise, variance, 1000),
  };
}

function lines(db: DB, countId: number, productId: number | null = null): CountLine[] {
  return stmt<[{ countId: number; productId: number | null }], LineRow>(
    db,
    `SELECT l.product_id, p.sku, p.name_hi, p.name_en, p.unit, p.price_paise, l.expected_milli, l.counted_milli,
            COALESCE((SELECT sum(m.qty_milli) ${SINCE}), 0) AS since_start,
            COALESCE((SELECT sum(m.qty_milli) ${SINCE} AND m.id <= l.counted_seq), 0) AS to_count
       FROM stock_count_lines l JOIN stock_counts c ON c.id = l.count_id JOIN products p ON p.id = l.product_id
      WHERE l.count_id = @countId AND (@productId IS NULL OR l.product_id = @productId)
      ORDER BY p.craft_id, p.sku`,
  ).all({ countId, productId }).map(toLine);
}

function summary(c: CountRow, ls: CountLine[]): CountSheet {
  return {
    id: c.id, uid: c.uid, scope: c.scope, craftId: c.craft_id, artisanId: c.artisan_id, status: c.status, note: c.note,
    startedAt: c.started_at, startedBy: c.started_by_name, closedAt: c.closed_at, reason: c.reason, lines: ls,
    countedLines: ls.filter((l) => l.countedMilli !== null).length,
    varianceValuePaise: ls.reduce((s, l) => s + (l.varianceValuePaise ?? 0), 0),
  };
}

export function getCount(db: DB, id: number): CountSheet {
  const c = countRow(db, id);
  return summary(c, lines(db, id));
}

export function listCounts(db: DB, status: CountSheet['status'] | undefined, limit: number): CountSummary[] {
  const ids = stmt<[{ status: string | null; limit: number }], { id: number }>(db, 'SELECT id FROM stock_counts WHERE @status IS NULL OR status = @status ORDER BY id DESC LIMIT @limit').all({ status: status ?? null, limit });
  return ids.map(({ id }) => {
    const { lines: _l, ...rest } = getCount(db, id);
    return rest;
  });
}

export type CountScope = { scope: 'all' } | { scope: 'craft'; craftId: number } | { scope: 'artisan'; artisanId: number };

/** Start a count: snapshot the on-hand of every product in scope (active, or archived with stock left). */
export function startCount(db: DB, s: CountScope & { note: string }, userId: number, at: Date): CountSheet {
  const craftId = s.scope === 'craft' ? s.craftId : null;
  const artisanId = s.scope === 'artisan' ? s.artisanId : null;
  if (craftId !== null && !stmt(db, 'SELECT 1 FROM crafts WHERE id = ?').get(craftId)) throw new AppError('NOT_FOUND', { what: 'craft', field: 'craftId', id: craftId });
  if (artisanId !== null && !stmt(db, 'SELECT 1 FROM artisans WHERE id = ?').get(artisanId)) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: artisanId });
  const id = Number(
    stmt(db, 'INSERT INTO stock_counts (uid, scope, craft_id, artisan_id, start_seq, started_at, started_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      uuidv7(), s.scope, craftId, artisanId, ledgerSeq(db), at.toISOString(), userId, s.note,
    ).lastInsertRowid,
  );
  stmt(
    db,
    `INSERT INTO stock_count_lines (count_id, product_id, expected_milli)
     SELECT @id, p.id, COALESCE(s.qty_milli, 0) FROM products p LEFT JOIN stock_on_hand s ON s.product_id = p.id
      WHERE ${IN_SCOPE} AND (p.status = 'active' OR COALESCE(s.qty_milli, 0) <> 0)`,
  ).run({ id, scope: s.scope, craftId, artisanId });
  return getCount(db, id);
}

/** The line of a product in an open count; a product in scope but added since the start gets one. */
function ensureLine(db: DB, c: CountRow, productId: number, field: string): void {
  if (stmt(db, 'SELECT 1 FROM stock_count_lines WHERE count_id = ? AND product_id = ?').get(c.id, productId)) return;
  const inScope = stmt(db, `SELECT 1 FROM products p WHERE p.id = @productId AND ${IN_SCOPE}`).get({ productId, scope: c.scope, craftId: c.craft_id, artisanId: c.artisan_id });
  if (!inScope) throw new AppError('CONFLICT', { field, reason: 'outOfScope', productId });
  // Its snapshot is the ledger as it stood at the count's start.
  const atStart = stmt<[number, number], { q: number | null }>(db, 'SELECT sum(qty_milli) AS q FROM stock_movements WHERE product_id = ? AND id <= ?').get(productId, c.start_seq)?.q ?? 0;
  stmt(db, 'INSERT INTO stock_count_lines (count_id, product_id, expected_milli) VALUES (?, ?, ?)').run(c.id, productId, atStart);
}

function unitOf(db: DB, productId: number, field: string): Unit {
  const p = stmt<[number], { unit: Unit }>(db, 'SELECT unit FROM products WHERE id = ?').get(productId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'product', field, id: productId });
  return p.unit;
}

/** Record what was counted: mode 'add' for a scan (repeats add up), 'set' for a typed number. */
function enter(db: DB, countId: number, productId: number, qtyMilli: number, mode: 'add' | 'set', field: { product: string; qty: string }, userId: number, at: Date): CountLine {
  const c = openCount(db, countId);
  assertUnitQty(unitOf(db, productId, field.product), qtyMilli, [field.qty]);
  ensureLine(db, c, productId, field.product);
  stmt(
    db,
    `UPDATE stock_count_lines SET counted_milli = CASE WHEN @add THEN COALESCE(counted_milli, 0) + @qty ELSE @qty END,
       counted_seq = @seq, counted_at = @at, counted_by = @userId WHERE count_id = @countId AND product_id = @productId`,
  ).run({ add: mode === 'add' ? 1 : 0, qty: qtyMilli, seq: ledgerSeq(db), at: at.toISOString(), userId, countId, productId });
  return lines(db, countId, productId)[0]!;
}

export function scanCount(db: DB, countId: number, code: string, qtyMilli: number, userId: number, at: Date): CountLine {
  openCount(db, countId);
  const productId = productIdByCode(db, code);
  if (productId === null) throw new AppError('NOT_FOUND', { what: 'product', field: 'code', code });
  return enter(db, countId, productId, qtyMilli, 'add', { product: 'code', qty: 'qtyMilli' }, userId, at);
}

export function setCount(db: DB, countId: number, productId: number, countedMilli: number, userId: number, at: Date): CountLine {
  return enter(db, countId, productId, countedMilli, 'set', { product: 'productId', qty: 'countedMilli' }, userId, at);
}

/** Post every counted line's variance as a count_adjustment movement; then the count is frozen. */
export function postCount(db: DB, countId: number, reason: string, uncounted: 'skip' | 'zero', userId: number, at: Date): CountSheet {
  const c = openCount(db, countId);
  if (uncounted === 'zero') {
    stmt(db, `UPDATE stock_count_lines SET counted_milli = 0, counted_seq = ?, counted_at = ?, counted_by = ? WHERE count_id = ? AND counted_milli IS NULL`).run(
      ledgerSeq(db), at.toISOString(), userId, countId,
    );
  }
  // Variances are all computed before the first adjustment is written.
  for (const [i, l] of lines(db, countId).entries()) {
    if (l.varianceMilli === null || l.varianceMilli === 0) continue;
    // A count taken before a removal that left less than nothing contradicts the ledger: refuse it
    // (recount that product) rather than post negative stock the shop does not allow.
    if (l.varianceMilli < 0) assertCanRemove(db, l.productId, -l.varianceMilli, ['lines', i, 'countedMilli']);
    recordMovement(db, {
      productId: l.productId, qtyMilli: l.varianceMilli, kind: 'count_adjustment', unitPricePaise: l.pricePaise, userId, at,
      reason, refType: 'count', refId: c.uid,
    });
  }
  stmt(db, `UPDATE stock_counts SET status = 'posted', closed_at = ?, closed_by = ?, reason = ? WHERE id = ?`).run(at.toISOString(), userId, reason, countId);
  return getCount(db, countId);
}

export function cancelCount(db: DB, countId: number, reason: string, userId: number, at: Date): CountSheet {
  openCount(db, countId);
  stmt(db, `UPDATE stock_counts SET status = 'cancelled', closed_at = ?, closed_by = ?, reason = ? WHERE id = ?`).run(at.toISOString(), userId, reason, countId);
  return getCount(db, countId);
}
