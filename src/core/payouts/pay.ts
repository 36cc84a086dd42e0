import { uuidv7 } from '../uuid';
import type { SessionUser } from '../../shared/api';
import type { PayoutSlipData } from '../../shared/api/payouts';
import { shopToday, tradingDay } from '../shop-day';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { balanceOf, entriesOfPayout, SETTLED, unpaidEntries } from './entries';

interface PayInput { artisanId: number; periodEnd: string; ledgerIds: number[]; method: 'cash' | 'upi' | 'bank'; ref: string; note: string }

function nextPayoutNo(db: DB): string {
  const counter = stmt<[], { c: string }>(db, 'SELECT counter_code AS c FROM shop_settings WHERE id = 1').get()?.c ?? 'C1';
  const n = stmt<[], { n: number }>(db, 'SELECT COALESCE(max(id), 0) + 1 AS n FROM payouts').get()!.n;
  return `${counter}-PO-${String(n).padStart(5, '0')}`;
}

function ledgerRow(db: DB, artisanId: number, kind: string, amount: number, ref: string, at: string, userId: number, note: string): void {
  stmt(db, `INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, ref_type, ref_id, at, user_id, note) VALUES (?, ?, ?, ?, 'payout', ?, ?, ?, ?)`).run(
    uuidv7(), artisanId, kind, amount, ref, at, userId, note,
  );
}

function cashRow(db: DB, amount: number, day: string, at: string, userId: number, ref: string): void {
  stmt(db, `INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, 'payout', ?, ?, ?, ?, 'payout', ?)`).run(uuidv7(), amount, day, at, userId, ref);
}

/**
 * Pay the chosen entries. The check that none is already settled runs inside this write
 * transaction, so two managers paying the same lines from two windows cannot both succeed.
 */
export function pay(db: DB, input: PayInput, user: SessionUser, now: Date): PayoutSlipData {
  const artisan = stmt<[number], { id: number }>(db, 'SELECT id FROM artisans WHERE id = ?').get(input.artisanId);
  if (!artisan) throw new AppError('NOT_FOUND', { what: 'artisan', field: 'artisanId', id: input.artisanId });
  const today = shopToday(db, now);
  if (input.periodEnd > today) throw new AppError('INVALID_INPUT', { issues: [{ path: ['periodEnd'], code: 'custom', message: 'future_date' }] });
  const open = new Map(unpaidEntries(db, input.artisanId, input.periodEnd).map((e) => [e.ledgerId, e]));
  const settled = stmt<[number], { n: number }>(db, `SELECT count(*) AS n FROM artisan_ledger e WHERE e.id = ? AND ${SETTLED}`);
  const chosen = input.ledgerIds.map((ledgerId, i) => {
    const e = open.get(ledgerId);
    if (e) return e;
    if (settled.get(ledgerId)!.n > 0) throw new AppError('ALREADY_PAID', { field: ['ledgerIds', i], ledgerId });
    throw new AppError('NOT_FOUND', { what: 'entry', field: ['ledgerIds', i], ledgerId });
  });
  if (new Set(input.ledgerIds).size !== input.ledgerIds.length) throw new AppError('CONFLICT', { field: 'ledgerIds', reason: 'twice' });
  const amount = chosen.reduce((s, e) => s + e.amountPaise, 0);
  if (amount <= 0) throw new AppError('INVALID_INPUT', { issues: [{ path: ['ledgerIds'], code: 'custom', message: 'nothing_to_pay' }] });
  const balance = balanceOf(db, input.artisanId);
  if (amount > balance) throw new AppError('PAYOUT_OVER_BALANCE', { field: 'ledgerIds', amountPaise: amount, balancePaise: balance });

  const at = now.toISOString();
  // Paid after today's drawer was counted and closed: booked on the next shop day, as a sale would be.
  const moneyDay = tradingDay(db, now);
  const uid = uuidv7();
  const id = Number(
    stmt(db, 'INSERT INTO payouts (uid, payout_no, artisan_id, period_end, method, ref, amount_paise, at, business_date, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      uid, nextPayoutNo(db), input.artisanId, input.periodEnd, input.method, input.ref, amount, at, moneyDay, user.id, input.note,
    ).lastInsertRowid,
  );
  for (const e of chosen) stmt(db, 'INSERT INTO payout_items (payout_id, ledger_id) VALUES (?, ?)').run(id, e.ledgerId);
  ledgerRow(db, input.artisanId, 'payout', -amount, uid, at, user.id, input.note);
  if (input.method === 'cash') cashRow(db, -amount, moneyDay, at, user.id, uid);
  return payoutSlip(db, id);
}

/** Undo a payout with a new entry: money back on her account, its entries payable again. */
export function reversePayout(db: DB, payoutId: number, reason: string, user: SessionUser, now: Date): PayoutSlipData {
  const p = stmt<[number], { id: number; artisan_id: number; amount_paise: number; method: 'cash' | 'upi' | 'bank'; period_end: string; reverses_payout_id: number | null }>(db, 'SELECT * FROM payouts WHERE id = ?').get(payoutId);
  if (!p) throw new AppError('NOT_FOUND', { what: 'payout', field: 'payoutId', id: payoutId });
  if (p.reverses_payout_id !== null || stmt(db, 'SELECT 1 FROM payouts WHERE reverses_payout_id = ?').get(payoutId)) throw new AppError('CONFLICT', { field: 'payoutId', reason: 'reversed' });
  const at = now.toISOString();
  const moneyDay = tradingDay(db, now); // the shop day its money is booked on (see pay)
  const uid = uuidv7();
  const id = Number(
    stmt(db, 'INSERT INTO payouts (uid, payout_no, artisan_id, period_end, method, ref, amount_paise, at, business_date, user_id, note, reverses_payout_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      uid, nextPayoutNo(db), p.artisan_id, p.period_end, p.method, '', -p.amount_paise, at, moneyDay, user.id, reason, payoutId,
    ).lastInsertRowid,
  );
  ledgerRow(db, p.artisan_id, 'payout_reversal', p.amount_paise, uid, at, user.id, reason);
  if (p.method === 'cash') cashRow(db, p.amount_paise, moneyDay, at, user.id, uid);
  return payoutSlip(db, id);
}

interface PayoutRow {
  id: number; payout_no: string; at: string; paid_by: string; artisan_id: number; name_hi: string; name_en: string; village: string; phone: string;
  period_end: string; method: 'cash' | 'upi' | 'bank'; ref: string; note: string; amount_paise: number; reverses_no: string | null; reversed: number; ledger_id: number;
}

/** The take-home slip's data: what was sold, the shop's part, her part, what was paid, and her balance. */
export function payoutSlip(db: DB, id: number): PayoutSlipData {
  const p = stmt<[number], PayoutRow>(
    db,
    `SELECT p.*, u.name AS paid_by, a.name_hi, a.name_en, a.village, a.phone, o.payout_no AS reverses_no,
            EXISTS (SELECT 1 FROM payouts r WHERE r.reverses_payout_id = p.id) AS reversed,
            (SELECT l.id FROM artisan_ledger l WHERE l.ref_type = 'payout' AND l.ref_id = p.uid) AS ledger_id
       FROM payouts p JOIN users u ON u.id = p.user_id JOIN artisans a ON a.id = p.artisan_id LEFT JOIN payouts o ON o.id = p.reverses_payout_id
      WHERE p.id = ?`,
  ).get(id);
  if (!p) throw new AppError('NOT_FOUND', { what: 'payout', field: 'id', id });
  const items = entriesOfPayout(db, id);
  const after = stmt<[number, number], { b: number }>(db, 'SELECT COALESCE(sum(amount_paise), 0) AS b FROM artisan_ledger WHERE artisan_id = ? AND id <= ?').get(p.artisan_id, p.ledger_id)!.b;
  return {
    id: p.id, payoutNo: p.payout_no, at: p.at, paidBy: p.paid_by,
    artisan: { id: p.artisan_id, nameHi: p.name_hi, nameEn: p.name_en, village: p.village, phone: p.phone },
    periodFrom: items[0]?.businessDate ?? p.period_end, periodTo: p.period_end, items, method: p.method, ref: p.ref, note: p.note,
    paidPaise: p.amount_paise, balanceBeforePaise: after + p.amount_paise, balanceAfterPaise: after, reversed: p.reversed === 1, reversesPayoutNo: p.reverses_no,
  };
}
