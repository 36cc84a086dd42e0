import { productCreateInput } from '../../shared/api/products';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { createProduct } from '../catalog/products';
import { recordMovement } from '../stock/ledger';
import { CellError } from './import';
import { cell, type ColumnSpec, type CsvTable } from './table';
import { col, type CellValue, type ColumnKind, type ExportTable } from '../xlsx/columns';
import { codeList, optionalRupees, percentBps, quantityMilli, rupees, yesNo } from './values';

/** The catalogue's spreadsheet columns: the same for export and import, so a file round-trips. */
export const PRODUCT_COLUMNS: ColumnSpec[] = [
  { key: 'sku', aliases: ['code', 'कोड'] },
  { key: 'barcodes', aliases: ['barcode', 'बारकोड'] },
  { key: 'name_hi', aliases: ['नाम', 'hindi name', 'नाम (हिंदी)'] },
  { key: 'name_en', aliases: ['name', 'english name', 'नाम (अंग्रेज़ी)'] },
  { key: 'craft', required: true, aliases: ['category', 'शिल्प'] },
  { key: 'artisan', aliases: ['owner', 'कारीगर'] },
  { key: 'price', required: true, aliases: ['price_rs', 'mrp', 'दाम', 'कीमत'] },
  { key: 'cost', aliases: ['लागत'] },
  { key: 'commission_percent', aliases: ['commission', 'कमीशन'] },
  { key: 'artisan_fixed_price', aliases: ['fixed_share', 'तय हिस्सा'] },
  { key: 'discount_rule', aliases: ['छूट नियम'] },
  { key: 'hsn' },
  { key: 'gst_percent', aliases: ['gst', 'जीएसटी'] },
  { key: 'unit', aliases: ['इकाई'] },
  { key: 'for_sale', aliases: ['बिक्री'] },
  { key: 'for_rent', aliases: ['किराया'] },
  { key: 'low_stock', aliases: ['कम स्टॉक'] },
  { key: 'on_hand', aliases: ['qty', 'quantity', 'stock', 'मात्रा', 'स्टॉक'] },
  { key: 'status' },
];

const FIELD_COLUMN: Record<string, string> = {
  nameHi: 'name_hi', nameEn: 'name_en', craftId: 'craft', artisanId: 'artisan', pricePaise: 'price', costPaise: 'cost',
  commissionBps: 'commission_percent', artisanFixedPaise: 'artisan_fixed_price', discountRule: 'discount_rule', hsn: 'hsn', gstRateBps: 'gst_percent', unit: 'unit', forSale: 'for_sale', forRent: 'for_rent',
  lowStockMilli: 'low_stock', sku: 'sku', barcodes: 'barcodes', qtyMilli: 'on_hand',
};
export const productColumnOf = (field: string) => FIELD_COLUMN[field] ?? field;

/** 'split' (blank) or 'shop': who bears a discount. */
function discountRule(v: string): 'split' | 'shop' {
  const s = v.toLowerCase();
  if (s === '' || s === 'split' || s === 'बाँटकर') return 'split';
  if (s === 'shop' || s === 'दुकान') return 'shop';
  throw new CellError('discount_rule', 'discount_rule', v);
}

const UNIT_WORDS: Record<string, string> = { piece: 'piece', pcs: 'piece', pc: 'piece', नग: 'piece', pair: 'pair', जोड़ी: 'pair', set: 'set', सेट: 'set', metre: 'metre', meter: 'metre', m: 'metre', मीटर: 'metre' };

function craftId(db: DB, v: string): number {
  const c = stmt<[string, string, string], { id: number }>(db, 'SELECT id FROM crafts WHERE code = ? COLLATE NOCASE OR name_hi = ? OR name_en = ? COLLATE NOCASE').get(v, v, v);
  if (!c) throw new CellError('craft', v === '' ? 'required' : 'unknown_craft', v);
  return c.id;
}

/** An artisan by Hindi or English name or phone; blank is the group's own stock. */
export function artisanIdByText(db: DB, v: string, column = 'artisan'): number | null {
  if (v === '') return null;
  const found = stmt<[string, string, string], { id: number }>(db, 'SELECT id FROM artisans WHERE name_hi = ? OR name_en = ? COLLATE NOCASE OR phone = ? LIMIT 2').all(v, v, v);
  if (found.length === 0) throw new CellError(column, 'unknown_artisan', v);
  if (found.length > 1) throw new CellError(column, 'ambiguous', v);
  return found[0]!.id;
}

/** One spreadsheet row -> one product (and its opening stock as an intake), through the same code as the screens. */
export function importProductRow(db: DB, t: CsvTable, r: string[], userId: number, at: Date): void {
  const get = (k: string) => cell(t, r, k);
  const unitWord = get('unit').toLowerCase();
  const unit = unitWord === '' ? 'piece' : UNIT_WORDS[unitWord];
  if (!unit) throw new CellError('unit', 'unit', get('unit'));
  const input = productCreateInput.parse({
    sku: get('sku'),
    barcodes: codeList(get('barcodes')),
    nameHi: get('name_hi'),
    nameEn: get('name_en'),
    craftId: craftId(db, get('craft')),
    artisanId: artisanIdByText(db, get('artisan')),
    pricePaise: rupees('price', get('price')),
    costPaise: optionalRupees('cost', get('cost')),
    commissionBps: percentBps('commission_percent', get('commission_percent')),
    artisanFixedPaise: optionalRupees('artisan_fixed_price', get('artisan_fixed_price')),
    discountRule: discountRule(get('discount_rule')),
    hsn: get('hsn'),
    gstRateBps: percentBps('gst_percent', get('gst_percent')) ?? 0,
    unit,
    forSale: yesNo('for_sale', get('for_sale'), true),
    forRent: yesNo('for_rent', get('for_rent'), false),
    lowStockMilli: quantityMilli('low_stock', get('low_stock')),
  });
  const product = createProduct(db, input, at);
  const qty = quantityMilli('on_hand', get('on_hand'));
  if (qty > 0) recordMovement(db, { productId: product.id, qtyMilli: qty, kind: 'intake', unitPricePaise: product.pricePaise, userId, at, reason: 'CSV import', refType: 'csv_import', path: ['qtyMilli'] });
}

interface ExportRow {
  sku: string; barcodes: string | null; name_hi: string; name_en: string; craft: string; artisan: string | null; price_paise: number;
  cost_paise: number | null; commission_bps: number | null; artisan_fixed_paise: number | null; discount_rule: string; hsn: string; gst_rate_bps: number; unit: string; for_sale: number;
  for_rent: number; low_stock_milli: number; on_hand: number; status: string;
}

/** The import keys' kinds for export: codes stay text (leading zeros), money and quantities are figures. */
const PRODUCT_KINDS: Record<string, ColumnKind> = {
  sku: 'code', barcodes: 'code', hsn: 'code', price: 'money', cost: 'money', artisan_fixed_price: 'money',
  commission_percent: 'percent', gst_percent: 'percent', low_stock: 'qty', on_hand: 'qty',
};
const PRODUCT_LABELS: Record<string, string> = { name_hi: 'नाम', name_en: 'name', craft: 'craft', artisan: 'कारीगर / artisan' };

/** Every product as a table row (streamed from SQLite in id order), for CSV and XLSX alike. */
export function productTable(db: DB, includeArchived: boolean): ExportTable {
  const q = stmt<[number], ExportRow>(
    db,
    `SELECT p.sku, (SELECT group_concat(code, ';') FROM barcodes b WHERE b.product_id = p.id) AS barcodes,
            p.name_hi, p.name_en, c.code AS craft, COALESCE(NULLIF(a.name_hi, ''), a.name_en) AS artisan, p.price_paise, p.cost_paise,
            p.commission_bps, p.artisan_fixed_paise, p.discount_rule, p.hsn, p.gst_rate_bps, p.unit, p.for_sale, p.for_rent, p.low_stock_milli,
            COALESCE(s.qty_milli, 0) AS on_hand, p.status
       FROM products p JOIN crafts c ON c.id = p.craft_id LEFT JOIN artisans a ON a.id = p.artisan_id
       LEFT JOIN stock_on_hand s ON s.product_id = p.id
      WHERE p.status = 'active' OR ? = 1 ORDER BY p.id`,
  );
  const rows: CellValue[][] = [];
  for (const r of q.iterate(includeArchived ? 1 : 0)) {
    rows.push([
      r.sku, r.barcodes ?? '', r.name_hi, r.name_en, r.craft, r.artisan ?? '', r.price_paise, r.cost_paise,
      r.commission_bps, r.artisan_fixed_paise, r.discount_rule, r.hsn, r.gst_rate_bps, r.unit, r.for_sale ? 'yes' : 'no', r.for_rent ? 'yes' : 'no',
      r.low_stock_milli, r.on_hand, r.status,
    ]);
  }
  return { name: 'catalogue', columns: PRODUCT_COLUMNS.map((c) => col(c.key, PRODUCT_KINDS[c.key] ?? 'text', PRODUCT_LABELS[c.key])), rows };
}
