import type { Rental, RentalLine } from '../../../../src/shared/api/rentals';
import { mulDivRound, parseRupees } from '../../../../src/shared/money';

/** What the counter typed for one line at check-in. */
export interface CheckInDraft {
  lineId: number;
  /** Units back now. */
  qty: number;
  /** Units that will not come back. */
  missing: number;
  /** Damage or missing charge in rupees as typed ('' = none). */
  damage: string;
  note: string;
  repair: boolean;
}

/** Units of a line still with the customer. */
export const outstanding = (l: RentalLine) => Math.max(0, l.qty - l.returnedQty - l.missingQty);

export const draftFor = (r: Rental): CheckInDraft[] =>
  r.lines.filter((l) => outstanding(l) > 0).map((l) => ({ lineId: l.lineId, qty: outstanding(l), missing: 0, damage: '', note: '', repair: false }));

export interface CheckInPreview {
  lateDays: number;
  lateFeePaise: number;
  damagePaise: number;
  depositReleasedPaise: number;
  openChargesPaise: number;
  /** Deposit released - charges: positive is given back, negative is collected. */
  refundPaise: number;
  /** Damage boxes that do not read as rupees, by line id. */
  badDamage: Set<number>;
  /** Nothing typed at all. */
  empty: boolean;
}

/**
 * The money of a check-in, worked out on the screen as it is typed so the counter can tell the
 * customer before saving: late days x fee for what comes back, damage, the deposit of the units
 * settled, earlier charges still owed (an extension not yet paid). The core computes it again and
 * its figure is the one saved and printed.
 */
export function previewCheckIn(r: Rental, drafts: CheckInDraft[], waiveLateFee: boolean): CheckInPreview {
  const lines = new Map(r.lines.map((l) => [l.lineId, l]));
  const badDamage = new Set<number>();
  let damagePaise = 0;
  let units = 0;
  const settled: { line: RentalLine; units: number }[] = [];
  for (const d of drafts) {
    const line = lines.get(d.lineId);
    if (!line) continue;
    const dmg = d.damage.trim() === '' ? 0 : parseRupees(d.damage);
    if (dmg === null || dmg < 0) badDamage.add(d.lineId);
    else damagePaise += dmg;
    const u = d.qty + d.missing;
    units += u;
    if (u > 0) settled.push({ line, units: u });
  }
  const lateDays = r.status === 'out' ? r.lateDaysNow : 0;
  // Per unit settled (back or missing): its deposit is released and it pays days late x its fee.
  const lateFeePaise = waiveLateFee ? 0 : settled.reduce((sum, s) => sum + lateDays * mulDivRound(s.line.lateFeePerDayPaise, s.units, s.line.qty), 0);
  const depositReleasedPaise = settled.reduce((sum, s) => sum + mulDivRound(s.line.depositPaise, s.units, s.line.qty), 0);
  // Whatever was still owed before (an extension's rent not paid then) is settled with this return.
  const openChargesPaise = r.balancePaise;
  const refundPaise = depositReleasedPaise - lateFeePaise - damagePaise - openChargesPaise;
  return { lateDays, lateFeePaise, damagePaise, depositReleasedPaise, openChargesPaise, refundPaise, badDamage, empty: units === 0 };
}

