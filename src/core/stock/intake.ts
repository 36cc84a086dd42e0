import { uuidv7 } from '../uuid';
import type { IntakeSlip } from '../../shared/api/stock';
import type { Unit } from '../../shared/api/products';
import { mulDivRound } from '../../shared/money';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { recordMovement } from './ledger';

export interface IntakeInput {
  artisanId: number | null;
  reference: string;
  notes: string;
  lines: { productId: number; qtyMilli: number; unitPricePaise?: number | undefined }[];
}

/**
 * Receive goods: one intakes header (the slip), a line and an intake movement per item.
 * Every product must be active and belong to the artisan named (or be group stock when none).
 */
export function recordIntake(db: DB, input: IntakeInput, userId: number, at: Date): IntakeSlip {
  if (input.artisanId !== null) {
    const a = stmt<[number], { active: number }>(db, 'SELECT active FROM artisans WHERE id = ?').get(input.artisanId);
    if (!a) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: input.artisanId });
    if (a.active !== 1) throw new AppError('CONFLICT', { field: 'artisanId', reason: 'inactive', id: input.artisanId });
  }
  const uid = uuidv7();
  // The slip number carries the counter code (rule 10) and the next local number; the header is
  // append-only, so the number is made before the insert (safe: writes run in one immediate transaction).
  const counter = stmt<[], { c: string }>(db, 'SELECT counter_code AS c FROM shop_settings WHERE id = 1').get()?.c ?? 'C1';
  const next = (stmt<[], { n: number }>(db, 'SELECT COALESCE(max(id), 0) + 1 AS n FROM intakes').get()?.n ?? 1);
  const id = Number(
    stmt(db, 'INSERT INTO intakes (id, uid, slip_no, artisan_id, user_id, at, reference, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      next, uid, `${counter}-IN-${String(next).padStart(5, '0')}`, input.artisanId, userId, at.toISOString(), input.reference, input.notes,
    ).lastInsertRowid,
  );
  input.lines.forEach((l, i) => {
    const path = ['lines', i];
    const p = stmt<[number], { artisan_id: number | null; status: string; price_paise: number }>(db, 'SELECT artisan_id, status, price_paise FROM products WHERE id = ?').get(l.productId);
    if (!p) throw new AppError('NOT_FOUND', { what: 'product', field: [...path, 'productId'], id: l.productId });
    if (p.status !== 'active') throw new AppError('PRODUCT_ARCHIVED', { field: [...path, 'productId'], id: l.productId });
    if (p.artisan_id !== input.artisanId) throw new AppError('CONFLICT', { field: [...path, 'productId'], reason: 'otherOwner', id: l.productId, ownerId: p.artisan_id });
    const price = l.unitPricePaise ?? p.price_paise;
    const m = recordMovement(db, {
      productId: l.productId, qtyMilli: l.qtyMilli, kind: 'intake', unitPricePaise: price, userId, at,
      reason: 'intake', reference: input.reference, refType: 'intake', refId: uid, path: [...path, 'qtyMilli'],
    });
    stmt(db, 'INSERT INTO intake_lines (intake_id, line_no, product_id, qty_milli, unit_price_paise, movement_id) VALUES (?, ?, ?, ?, ?, ?)').run(id, i + 1, l.productId, l.qtyMilli, price, m.id);
  });
  return getIntake(db, id);
}

export function getIntake(db: DB, id: number): IntakeSlip {
  const h = stmt<[number], { id: number; uid: string; slip_no: string; at: string; artisan_id: number | null; user_id: number; user_name: string; reference: string; notes: string }>(
    db,
    'SELECT i.*, u.name AS user_name FROM intakes i JOIN users u ON u.id = i.user_id WHERE i.id = ?',
  ).get(id);
  if (!h) throw new AppError('NOT_FOUND', { what: 'intake', field: 'id', id });
  const a = h.artisan_id === null ? undefined
    : stmt<[number], { id: number; name_hi: string; name_en: string; phone: string; village: string; commission_bps: number }>(db, 'SELECT * FROM artisans WHERE id = ?').get(h.artisan_id);
  const lines = stmt<[number], { line_no: number; product_id: number; sku: string; name_hi: string; name_en: string; unit: Unit; qty_milli: number; unit_price_paise: number }>(
    db,
    `SELECT l.line_no, l.product_id, p.sku, p.name_hi, p.name_en, p.unit, l.qty_milli, l.unit_price_paise
       FROM intake_lines l JOIN products p ON p.id = l.product_id WHERE l.intake_id = ? ORDER BY l.line_no`,
  ).all(id).map((l) => ({
    lineNo: l.line_no, productId: l.product_id, sku: l.sku, nameHi: l.name_hi, nameEn: l.name_en, unit: l.unit,
    qtyMilli: l.qty_milli, unitPricePaise: l.unit_price_paise, amountPaise: mulDivRound(l.unit_price_paise, l.qty_milli, 1000),
  }));
  return {
    id: h.id, uid: h.uid, slipNo: h.slip_no, at: h.at,
    artisan: a ? { id: a.id, nameHi: a.name_hi, nameEn: a.name_en, phone: a.phone, village: a.village, commissionBps: a.commission_bps } : null,
    receivedBy: { id: h.user_id, name: h.user_name },
    reference: h.reference, notes: h.notes, lines,
    totalQtyMilli: lines.reduce((s, l) => s + l.qtyMilli, 0),
    totalPaise: lines.reduce((s, l) => s + l.amountPaise, 0),
  };
}
