import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../src/core/db/open';
import { addDays } from '../src/shared/dates';
import type { Rng } from './rng';

/**
 * A year of monthly payouts, written in bulk with the rows payouts.pay writes: on the 5th of
 * each month every artisan is paid what she was owed at the month's end (her unsettled
 * accruals, reversals and adjustments up to then, when they come to more than zero): the payout,
 * an item per ledger entry it settles, the payout entry in her ledger, the drawer's movement when
 * paid in cash, and the audit row. Its idempotency record is left out: housekeeping prunes them
 * after two days. Triggers keep artisan_balances and cash_daily in step.
 */
export interface PayoutPlan {
  /** The shop days of the generated year, in order. */
  days: string[];
  ownerId: number;
  counterCode: string;
  /** UTC ms of a shop day's midnight (Asia/Kolkata). */
  midnight: (date: string) => number;
}

const HOUR = 3_600_000;

/** The 5th of each month after the first, while it is within the year: [payday, first day of the month it closes after]. */
function paydays(days: string[]): { payday: string; cutoff: string }[] {
  const have = new Set(days);
  const out: { payday: string; cutoff: string }[] = [];
  for (const d of days) {
    if (!d.endsWith('-05') || d.slice(0, 7) === days[0]!.slice(0, 7)) continue;
    if (have.has(d)) out.push({ payday: d, cutoff: `${d.slice(0, 8)}01` });
  }
  return out;
}

export function generatePayouts(db: DB, plan: PayoutPlan, r: Rng, log: (msg: string) => void = () => {}): { payouts: number; items: number } {
  // every entry a payout may settle, oldest first (~0.9 M at the large size: ids, amounts and instants)
  const all = db.prepare(`SELECT id, artisan_id, amount_paise, at FROM artisan_ledger WHERE kind IN ('accrual', 'reversal', 'adjustment') ORDER BY at, id`).raw().all() as [number, number, number, string][];
  const insPayout = db.prepare(`INSERT INTO payouts (uid, payout_no, artisan_id, period_end, method, ref, amount_paise, at, business_date, user_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')`);
  const insItem = db.prepare('INSERT INTO payout_items (payout_id, ledger_id) VALUES (?, ?)');
  const insLedger = db.prepare(`INSERT INTO artisan_ledger (uid, artisan_id, kind, amount_paise, ref_type, ref_id, at, user_id, note) VALUES (?, ?, 'payout', ?, 'payout', ?, ?, ?, '')`);
  const insCash = db.prepare(`INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id) VALUES (?, 'payout', ?, ?, ?, ?, 'payout', ?)`);
  const insAudit = db.prepare('INSERT INTO audit_log (uid, at, user_id, action, details) VALUES (?, ?, ?, ?, ?)');
  let payoutId = (db.prepare('SELECT COALESCE(max(id), 0) AS n FROM payouts').get() as { n: number }).n;

  // Unsettled entries per artisan, carried from month to month while they come to nothing.
  const pending = new Map<number, { ids: number[]; sum: number }>();
  let payouts = 0;
  let items = 0;
  let k = 0;
  for (const { payday, cutoff } of paydays(plan.days)) {
    const cutAt = new Date(plan.midnight(cutoff)).toISOString();
    for (; k < all.length && all[k]![3] < cutAt; k++) {
      const [id, artisan, amount] = all[k]!;
      const p = pending.get(artisan) ?? { ids: [], sum: 0 };
      p.ids.push(id);
      p.sum += amount;
      pending.set(artisan, p);
    }
    const periodEnd = addDays(cutoff, -1); // the month's last day
    db.transaction(() => {
      let t = plan.midnight(payday) + 11 * HOUR;
      for (const [artisan, p] of [...pending].sort((a, b) => a[0] - b[0])) {
        if (p.sum <= 0) continue; // nothing owed yet: carried on
        t += r.int(60_000, 600_000);
        const at = new Date(t).toISOString();
        const uid = uuidv7({ msecs: t });
        const method = (['cash', 'upi', 'upi', 'bank'] as const)[r.int(0, 3)]!;
        const ref = method === 'cash' ? '' : `UTR${r.int(100_000_000, 999_999_999)}`;
        payoutId++;
        insPayout.run(uid, `${plan.counterCode}-PO-${String(payoutId).padStart(5, '0')}`, artisan, periodEnd, method, ref, p.sum, at, payday, plan.ownerId);
        for (const id of p.ids) insItem.run(payoutId, id);
        insLedger.run(uuidv7({ msecs: t }), artisan, -p.sum, uid, at, plan.ownerId);
        if (method === 'cash') insCash.run(uuidv7({ msecs: t }), -p.sum, payday, at, plan.ownerId, uid);
        insAudit.run(uuidv7({ msecs: t }), at, plan.ownerId, 'payouts.pay', JSON.stringify({ input: { artisanId: artisan, periodEnd, ledgerIds: p.ids, method, ref, note: '' }, payoutNo: `${plan.counterCode}-PO-${String(payoutId).padStart(5, '0')}`, paidPaise: p.sum }));
        payouts++;
        items += p.ids.length;
        pending.delete(artisan);
      }
    }).immediate();
    log(`payouts: ${payday} (${payouts} so far)`);
  }
  return { payouts, items };
}
