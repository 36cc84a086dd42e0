/** Rental slips in the printing documents' shapes, from the rental ledgers (rentals.get's data). */
import type { Rental, RentalPayment } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { Lang } from '../../shared/money';
import type { Payment, RentalReturnSlip, RentalSlip, TaxRow } from '../../printing/types';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { todayOf } from '../rentals/money';
import { getRental } from '../rentals/read';
import { gstSplit } from '../sales/pricing';
import { readRules } from '../rentals/terms';
import { shopOf, type Doc } from './documents';

/** A refund prints as money given back by its method (the slip says which way it went). */
const printed = (p: RentalPayment): Payment => ({ method: p.method, amountPaise: Math.abs(p.amountPaise), ref: p.ref || undefined });

type TaxSum = { rate: number; taxable: number; cgst: number; sgst: number };
const taxRows = (rows: TaxSum[]): TaxRow[] | undefined =>
  rows.length ? rows.map((t) => ({ rateBps: t.rate, taxablePaise: t.taxable, cgstPaise: t.cgst, sgstPaise: t.sgst })) : undefined;

/** GST in charges of the given kinds, by the line's rate, as charged (the ledger's own CGST/SGST). */
function chargedTax(db: DB, where: 'rental_id' | 'return_id', id: number, kinds: string[]): TaxRow[] | undefined {
  return taxRows(stmt<[number], TaxSum>(
    db,
    `SELECT l.gst_rate_bps AS rate, sum(c.amount_paise - c.tax_paise) AS taxable, sum(c.cgst_paise) AS cgst, sum(c.sgst_paise) AS sgst
       FROM rental_charges c JOIN rental_lines l ON l.id = c.line_id
      WHERE c.${where} = ? AND c.kind IN (${kinds.map((k) => `'${k}'`).join(', ')}) AND l.gst_rate_bps > 0 GROUP BY l.gst_rate_bps ORDER BY l.gst_rate_bps`,
  ).all(id));
}

/** Before pick-up nothing is charged: the GST the rent will carry, by the same split pick-up makes line by line. */
function quotedTax(r: Rental): TaxRow[] | undefined {
  const by = new Map<number, TaxSum>();
  for (const l of r.lines) {
    if (l.gstRateBps === 0 || l.rentPaise === 0) continue;
    const g = gstSplit(l.rentPaise, l.gstRateBps);
    const t = by.get(l.gstRateBps) ?? { rate: l.gstRateBps, taxable: 0, cgst: 0, sgst: 0 };
    t.taxable += g.taxablePaise;
    t.cgst += g.cgstPaise;
    t.sgst += g.sgstPaise;
    by.set(l.gstRateBps, t);
  }
  return taxRows([...by.values()].sort((a, b) => a.rate - b.rate));
}

/** A booked rental prints as a booking slip (pick-up date large); once out, the rental slip (due date large). */
export function rentalSlipDoc(db: DB, rentalId: number, now: Date, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const r = getRental(db, rentalId, todayOf(db, now));
  if (r.status === 'cancelled') throw new AppError('RENTAL_STATUS', { field: 'rentalId', rentalNo: r.rentalNo, status: r.status });
  const booking = r.status === 'booked';
  const payments = r.payments.filter((p) => (booking ? p.event === 'booking' : p.event === 'pickup' || p.event === 'extend'));
  const payload: RentalSlip = {
    shop, lang: lang ?? shopLang, rentalNo: r.rentalNo, at: r.pickedUpAt ?? r.createdAt, cashier: (booking ? r.createdBy : r.pickedUpBy) ?? r.createdBy,
    customer: { name: r.customer.name, phone: r.customer.phone, address: r.customer.address || undefined, idProof: r.customer.idNote || undefined },
    fromDate: r.fromDate, dueDate: r.dueDate,
    items: r.lines.map((l) => ({
      nameHi: l.nameHi, nameEn: l.nameEn, tag: l.tag ?? undefined, qty: l.qty, rentPaise: l.rentPaise, depositPaise: l.depositPaise,
      ...(l.dayRentPaise !== null && l.eventRentPaise !== null ? { choices: { dayPaise: l.dayRentPaise, eventPaise: l.eventRentPaise, eventPicked: l.rentRule === 'event' } } : {}),
    })),
    rentPaise: r.rentPaise, depositPaise: r.depositPaise,
    paidPaise: r.advancePaise + (booking ? 0 : payments.reduce((a, p) => a + p.amountPaise, 0)),
    payments: payments.map(printed),
    lateFeePerDayPaise: r.lines.reduce((a, l) => a + l.lateFeePerDayPaise, 0) || undefined,
    terms: readRules(db).terms, booking: booking || undefined, advancePaise: r.advancePaise || undefined,
  };
  // GST in the rent (a shop with a GSTIN): only set when there is some, so a slip without GST is as it was.
  const taxes = booking ? quotedTax(r) : chargedTax(db, 'rental_id', r.id, ['rent']);
  if (taxes) payload.taxes = taxes;
  return { docType: 'rental_slip', ref: r.rentalNo, payload };
}

export function rentalReturnDoc(db: DB, returnId: number, now: Date, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const rentalId = stmt<[number], { rental_id: number }>(db, 'SELECT rental_id FROM rental_returns WHERE id = ?').get(returnId)?.rental_id;
  if (rentalId === undefined) throw new AppError('NOT_FOUND', { what: 'rentalReturn', field: 'returnId', id: returnId });
  const r: Rental = getRental(db, rentalId, todayOf(db, now));
  const x = r.returns.find((t) => t.id === returnId)!;
  const paid = stmt<[number], { method: Payment['method']; amount_paise: number; ref: string }>(db, 'SELECT method, amount_paise, ref FROM rental_payments WHERE return_id = ? ORDER BY id').all(returnId);
  const payload: RentalReturnSlip = {
    shop, lang: lang ?? shopLang, rentalNo: r.rentalNo, returnNo: x.returnNo, at: x.at, cashier: x.cashier,
    customer: { name: r.customer.name, phone: r.customer.phone }, fromDate: r.fromDate, dueDate: r.dueDate, returnedDate: x.businessDate,
    items: x.lines.map((l) => {
      const line = r.lines.find((k) => k.lineId === l.lineId)!;
      const condition = [l.missingQty ? `गुम / missing ${l.missingQty}` : '', l.condition === 'repair' ? 'मरम्मत / repair' : '', l.damageNote].filter(Boolean).join(' · ');
      return {
        nameHi: l.nameHi, nameEn: l.nameEn, tag: l.tag ?? undefined, qty: line.qty, returnedQty: l.qty, rentPaise: 0,
        depositPaise: (line.depositPaise / line.qty) * (l.qty + l.missingQty), damagePaise: l.damagePaise, condition: condition || undefined,
      };
    }),
    depositPaise: x.depositReleasedPaise, lateDays: x.lateDays, lateFeePaise: x.lateFeePaise, damagePaise: x.damagePaise,
    openChargesPaise: x.openChargesPaise || undefined, refundPaise: x.refundPaise,
    // Units still with the customer after this check-in (a reprint says what was true then).
    stillOut: r.lines.reduce((a, l) => a + l.qty, 0) - r.returns.filter((t) => t.id <= returnId).reduce((a, t) => a + t.lines.reduce((b, l) => b + l.qty + l.missingQty, 0), 0),
    payments: paid.map((p) => ({ method: p.method, amountPaise: Math.abs(p.amount_paise), ref: p.ref || undefined })),
  };
  const taxes = chargedTax(db, 'return_id', returnId, ['late_fee', 'damage']);
  if (taxes) payload.taxes = taxes;
  return { docType: 'rental_return_slip', ref: x.returnNo, payload };
}
