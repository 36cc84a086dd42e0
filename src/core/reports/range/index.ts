/** The reports for a date range: which builder makes each, all behind one range check. */
import type { RangeReport, RangeReportKind, ReportSection, Words } from '../../../shared/api/range-reports';
import type { DB } from '../../db/open';
import { shopToday } from '../../shop-day';
import { byArtisan, payoutsReport } from './artisans';
import { checkRange } from './check';
import { discounts, returnsReport } from './discounts';
import { w } from './model';
import { byProduct, stockReport } from './products';
import { rentalsReport } from './rentals';
import { byCashier, byPayment, salesByCraft, salesByDay } from './sales';

interface Args { from: string; to: string; slowDays: number; today: string }

const REPORTS: Record<RangeReportKind, { title: Words; build(db: DB, a: Args): ReportSection[] }> = {
  salesByDay: { title: w('दिन के हिसाब से बिक्री', 'Sales by day'), build: (db, a) => salesByDay(db, a.from, a.to) },
  salesByCraft: { title: w('शिल्प के हिसाब से बिक्री', 'Sales by craft'), build: (db, a) => salesByCraft(db, a.from, a.to) },
  byArtisan: { title: w('कारीगर के हिसाब से', 'By artisan'), build: (db, a) => byArtisan(db, a.from, a.to) },
  byProduct: { title: w('सामान के हिसाब से', 'By product'), build: (db, a) => byProduct(db, a.from, a.to, a.slowDays, a.today) },
  byPayment: { title: w('भुगतान के तरीके से', 'By payment method'), build: (db, a) => byPayment(db, a.from, a.to) },
  byCashier: { title: w('विक्रेता के हिसाब से', 'By cashier'), build: (db, a) => byCashier(db, a.from, a.to) },
  discounts: { title: w('छूट और दाम में बदलाव', 'Discounts and price changes'), build: (db, a) => discounts(db, a.from, a.to) },
  returns: { title: w('वापसी और रिफ़ंड', 'Returns and refunds'), build: (db, a) => returnsReport(db, a.from, a.to) },
  stock: { title: w('स्टॉक और उसका मूल्य', 'Stock and its value'), build: (db) => stockReport(db) },
  rentals: { title: w('किराया', 'Rentals'), build: (db, a) => rentalsReport(db, a.from, a.to, a.today) },
  payouts: { title: w('कारीगरों को भुगतान', 'Payouts'), build: (db, a) => payoutsReport(db, a.from, a.to) },
};

/** One report over [from, to], read in the caller's transaction (one consistent snapshot). */
export function rangeReport(db: DB, now: Date, input: { kind: RangeReportKind; from: string; to: string; slowDays: number }): RangeReport {
  checkRange(db, now, input.from, input.to);
  const r = REPORTS[input.kind];
  return { kind: input.kind, from: input.from, to: input.to, title: r.title, sections: r.build(db, { ...input, today: shopToday(db, now) }) };
}
