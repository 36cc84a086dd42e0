import type { CraftTotals, PeriodTotals } from '../../shared/api/reports';

/** Sums of sales_daily columns (alias d), named as totals() reads them. */
export const DAILY_SUMS = `sum(d.lines) AS lines, sum(d.qty_milli) AS qty_milli, sum(d.gross_paise) AS gross_paise, sum(d.net_paise) AS net_paise,
  sum(d.tax_paise) AS tax_paise, sum(d.artisan_share_paise) AS artisan_share_paise, sum(d.return_lines) AS return_lines,
  sum(d.returned_milli) AS returned_milli, sum(d.returned_paise) AS returned_paise, sum(d.returned_tax_paise) AS returned_tax_paise,
  sum(d.returned_share_paise) AS returned_share_paise`;

export interface DailySumsRow {
  lines: number; qty_milli: number; gross_paise: number; net_paise: number; tax_paise: number; artisan_share_paise: number;
  return_lines: number; returned_milli: number; returned_paise: number; returned_tax_paise: number; returned_share_paise: number;
}

export function totals(r: DailySumsRow): PeriodTotals {
  const netSalesPaise = r.net_paise - r.returned_paise;
  return {
    lines: r.lines, qtyMilli: r.qty_milli, grossPaise: r.gross_paise, netPaise: r.net_paise, taxPaise: r.tax_paise, artisanSharePaise: r.artisan_share_paise,
    returnLines: r.return_lines, returnedMilli: r.returned_milli, returnedPaise: r.returned_paise, returnedTaxPaise: r.returned_tax_paise,
    returnedSharePaise: r.returned_share_paise, netSalesPaise,
    shopSharePaise: netSalesPaise - (r.tax_paise - r.returned_tax_paise) - (r.artisan_share_paise - r.returned_share_paise),
  };
}

const ZERO: DailySumsRow = {
  lines: 0, qty_milli: 0, gross_paise: 0, net_paise: 0, tax_paise: 0, artisan_share_paise: 0, return_lines: 0, returned_milli: 0, returned_paise: 0, returned_tax_paise: 0, returned_share_paise: 0,
};

/** The sum of several rows' totals (e.g. a month from its crafts). */
export function addUp(rows: DailySumsRow[]): PeriodTotals {
  const sum = { ...ZERO };
  for (const r of rows) for (const k of Object.keys(sum) as (keyof DailySumsRow)[]) sum[k] += r[k];
  return totals(sum);
}

export type CraftRow = DailySumsRow & { craft_id: number; name_hi: string; name_en: string };

export const craftTotals = (r: CraftRow): CraftTotals => ({ craftId: r.craft_id, nameHi: r.name_hi, nameEn: r.name_en, ...totals(r) });
