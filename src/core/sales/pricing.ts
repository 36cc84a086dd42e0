import type { DiscountInput } from '../../shared/api/sales';
import { AppError } from '../../shared/errors';
import { allocate, applyBps, mulDivRound, BPS_100_PERCENT } from '../../shared/money';

/**
 * The bill's arithmetic, pure and exact (integer paise, the one rounding rule of money.ts):
 *   gross     = qty x unit price (qty in thousandths, rounded once)
 *   line disc = the line's own discount (rupees or % of gross), never above gross
 *   bill disc = rupees or % of the lines after their discounts, spread over the lines in
 *               proportion to them with allocate(), so the parts add up to the whole exactly
 *   net       = gross - line disc - bill share   (what the customer pays for the line)
 *   GST       = prices include tax: taxable = net x 10000 / (10000 + rate), tax = net - taxable,
 *               split CGST/SGST with allocate() (halves that add up to the tax)
 *   shares    = for an artisan's item the shop keeps `commission` of the taxable value and she
 *               gets the rest (or she gets a fixed amount a unit); with the 'shop' discount rule
 *               her part is worked out on the value before discounts; never more than the taxable
 *               value. GST is the shop's to pay, so it is never part of her share.
 * The total is the sum of the nets: lines always add up to the total to the paisa.
 */

export interface PricedLineInput {
  qtyMilli: number;
  unitPricePaise: number;
  discount?: DiscountInput;
  gstRateBps: number;
  /** The shop's share for an artisan's item; null for the group's own stock. */
  commissionBps: number | null;
  /** Instead of the percentage: she gets this much a unit. */
  artisanFixedPaise?: number | null;
  /** 'shop': a discount comes out of the shop's part only (her part is worked out before it). */
  discountRule?: 'split' | 'shop';
}

export interface PricedLine {
  grossPaise: number;
  lineDiscountPaise: number;
  billDiscountPaise: number;
  netPaise: number;
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
  artisanSharePaise: number;
}

export interface PricedBill {
  lines: PricedLine[];
  grossPaise: number;
  discountPaise: number;
  totalPaise: number;
  taxPaise: number;
}

/** Tax inside a GST-inclusive amount: taxable = amount x 10000 / (10000 + rate), CGST/SGST halves with allocate(). */
export interface GstSplit {
  taxablePaise: number;
  cgstPaise: number;
  sgstPaise: number;
}

/** The taxable value of a GST-inclusive amount at `rateBps` (rate 0: the amount itself). */
export function taxableOf(amountPaise: number, rateBps: number): number {
  return rateBps > 0 ? mulDivRound(amountPaise, BPS_100_PERCENT, BPS_100_PERCENT + rateBps) : amountPaise;
}

/** THE GST split of a tax-inclusive amount, used by checkout and rentals alike. */
export function gstSplit(amountPaise: number, rateBps: number): GstSplit {
  const taxable = taxableOf(amountPaise, rateBps);
  const [cgst, sgst] = allocate(amountPaise - taxable, [1, 1]) as [number, number];
  return { taxablePaise: taxable, cgstPaise: cgst, sgstPaise: sgst };
}

function discountOf(d: DiscountInput | undefined, base: number, field: (string | number)[]): number {
  if (!d) return 0;
  const amount = d.kind === 'amount' ? d.paise : applyBps(base, d.bps);
  if (amount > base) throw new AppError('INVALID_INPUT', { issues: [{ path: field, code: 'too_big', message: 'discount_too_big', maximum: base }] });
  return amount;
}

export function priceBill(lines: PricedLineInput[], billDiscount: DiscountInput | undefined, gstOn: boolean): PricedBill {
  const gross = lines.map((l) => mulDivRound(l.qtyMilli, l.unitPricePaise, 1000));
  const lineDisc = lines.map((l, i) => discountOf(l.discount, gross[i]!, ['lines', i, 'discount']));
  const afterLine = gross.map((g, i) => g - lineDisc[i]!);
  const subtotal = afterLine.reduce((s, v) => s + v, 0);
  const billDisc = discountOf(billDiscount, subtotal, ['billDiscount']);
  const billShares = allocate(billDisc, afterLine);
  const priced = lines.map((l, i): PricedLine => {
    const net = afterLine[i]! - billShares[i]!;
    const rate = gstOn ? l.gstRateBps : 0;
    const exTax = (v: number) => taxableOf(v, rate);
    const { taxablePaise: taxable, cgstPaise: cgst, sgstPaise: sgst } = gstSplit(net, rate);
    let artisanShare = 0;
    if (l.commissionBps !== null) {
      const base = l.discountRule === 'shop' ? exTax(gross[i]!) : taxable;
      const hers = l.artisanFixedPaise != null ? mulDivRound(l.qtyMilli, l.artisanFixedPaise, 1000) : base - applyBps(base, l.commissionBps);
      artisanShare = Math.min(hers, taxable);
    }
    return { grossPaise: gross[i]!, lineDiscountPaise: lineDisc[i]!, billDiscountPaise: billShares[i]!, netPaise: net, taxablePaise: taxable, cgstPaise: cgst, sgstPaise: sgst, artisanSharePaise: artisanShare };
  });
  const sum = (f: (l: PricedLine) => number) => priced.reduce((s, l) => s + f(l), 0);
  return {
    lines: priced,
    grossPaise: sum((l) => l.grossPaise),
    discountPaise: sum((l) => l.lineDiscountPaise + l.billDiscountPaise),
    totalPaise: sum((l) => l.netPaise),
    taxPaise: sum((l) => l.cgstPaise + l.sgstPaise),
  };
}
