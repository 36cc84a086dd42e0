/**
 * What each printable document is made from: data read from the database (inside ctx.read),
 * stored as the job's payload, and turned into blocks by the printing builders. A reprint
 * rebuilds the blocks from the stored payload, so it prints what was printed then.
 */
import type { Lang } from '../../shared/money';
import type { Block, Paper } from '../../printing/document';
import { dayClose } from '../../printing/docs/day-close';
import { intakeSlip } from '../../printing/docs/intake-slip';
import { priceLabel } from '../../printing/docs/label';
import { payoutSlip } from '../../printing/docs/payout-slip';
import { receipt } from '../../printing/docs/receipt';
import { rentalReturnSlip } from '../../printing/docs/rental-return-slip';
import { returnReceipt } from '../../printing/docs/return-receipt';
import { rentalSlip } from '../../printing/docs/rental-slip';
import { orderSlip } from '../../printing/docs/order-slip';
import type { DocType } from '../../printing/jobs';
import type { IntakeSlip, PriceLabel, ShopHeader } from '../../printing/types';
import type { DB } from '../db/open';
import { labelData } from '../labels/handlers';
import { requireSettings } from '../settings/handlers';
import { getIntake } from '../stock/intake';
import type { PrinterSettings } from '../../shared/api/print';
import { testPage, type TestPage } from './test-page';

export interface Doc {
  docType: DocType;
  /** The slip or bill number the job belongs to. */
  ref: string;
  payload: object;
}

export interface LabelRun {
  lang: Lang;
  labels: { label: PriceLabel; copies: number }[];
}

export function shopOf(db: DB): { shop: ShopHeader; lang: Lang } {
  const s = requireSettings(db);
  return { shop: { name: s.shopName, address: s.address, phone: s.phone || undefined, gstin: s.gstin || undefined, timeZone: s.timeZone }, lang: s.language };
}

export function testPageDoc(db: DB, printer: PrinterSettings, at: Date, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const payload: TestPage = {
    shop, lang: lang ?? shopLang, at: at.toISOString(),
    printer: { type: printer.type, paper: printer.paper, interface: printer.interface || '-', codePage: printer.codePage },
  };
  return { docType: 'test_page', ref: 'TEST', payload };
}

/** stock.getIntake's data in the intake slip's shape. */
export function intakeDoc(db: DB, intakeId: number, lang?: Lang): Doc {
  const { shop, lang: shopLang } = shopOf(db);
  const i = getIntake(db, intakeId);
  const payload: IntakeSlip = {
    shop, lang: lang ?? shopLang, intakeNo: i.slipNo, at: i.at, receivedBy: i.receivedBy.name,
    artisan: i.artisan ? { nameHi: i.artisan.nameHi, nameEn: i.artisan.nameEn } : undefined,
    lines: i.lines.map((l) => ({ sku: l.sku, nameHi: l.nameHi, nameEn: l.nameEn, qtyMilli: l.qtyMilli, unit: l.unit, pricePaise: l.unitPricePaise })),
    notes: [i.reference, i.notes].filter(Boolean).join(' · ') || undefined,
  };
  return { docType: 'intake_slip', ref: i.slipNo, payload };
}

export function labelsDoc(db: DB, items: { productId: number; copies: number }[], lang?: Lang): Doc {
  const s = requireSettings(db);
  const L = lang ?? s.language;
  const payload: LabelRun = { lang: L, labels: items.map((it, n) => ({ label: labelData(db, it.productId, n, L, s.shopName), copies: it.copies })) };
  const first = payload.labels[0]?.label.sku ?? '';
  const total = items.reduce((a, i) => a + i.copies, 0);
  return { docType: 'label', ref: items.length === 1 ? first : `${first} +${items.length - 1}`, payload: { ...payload, count: total } };
}

/** Blocks for a stored payload (`duplicate: true` on a reprint prints the DUPLICATE / प्रति mark where the document has one). */
export function blocksOf(docType: DocType, payload: unknown, paper: Paper): Block[] {
  const p = payload as never;
  switch (docType) {
    case 'test_page':
      return testPage(p);
    case 'intake_slip':
      return intakeSlip(p);
    case 'label':
      return (payload as LabelRun).labels.flatMap((l) => Array.from({ length: l.copies }, () => priceLabel(l.label)).flat());
    case 'receipt':
      return receipt(p);
    case 'rental_slip':
      return rentalSlip(p);
    case 'rental_return_slip':
      return rentalReturnSlip(p);
    case 'payout_slip':
      return payoutSlip(p, paper);
    case 'day_close':
      return dayClose(p);
    case 'return_receipt':
      return returnReceipt(p);
    case 'order_slip':
      return orderSlip(p);
  }
}
