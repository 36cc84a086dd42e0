import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ProductRow } from '../../../../src/shared/api';
import { MoneyIn } from '../../components/Money';
import { langOf } from '../../i18n/lang';
import { tableFeaturesNone } from '../../components/VirtualTable';
import { otherLang, twoNames } from './names';
import { formatQty } from './qty';

const helper = createColumnHelper<typeof tableFeaturesNone, ProductRow>();

/**
 * Two names in a cell: the current language's bold, the other underneath. The second span is there
 * even when empty, so a recycled table row changes its text instead of removing and making it (#17).
 */
export function NameCell({ row, lang }: { row: { nameHi: string; nameEn: string }; lang: string }) {
  const [main, sub] = twoNames(row, lang);
  return (
    <>
      <span className="name-main">{main}</span>
      <span className="name-sub" lang={otherLang(lang)}>{sub}</span>
    </>
  );
}

const onHandOf = (r: ProductRow) => (r.onHandMilli !== undefined ? formatQty(r.onHandMilli) : String(r.onHand));

/** The catalogue's columns (also used by the search results and the low-stock list). */
export function catalogColumns(t: TFunction, lang: string) {
  const words = cellWords(t);
  return helper.columns([
    helper.accessor('sku', { header: () => t('stock.sku') }),
    helper.display({ id: 'name', header: () => t('stock.name'), cell: ({ row }) => <NameCell row={row.original} lang={lang} /> }),
    helper.display({ id: 'craft', header: () => t('stock.craft'), cell: ({ row }) => (lang === 'hi' ? row.original.craftHi || row.original.craftEn : row.original.craftEn || row.original.craftHi) }),
    helper.accessor('ownerName', { header: () => t('stock.owner'), cell: (c) => c.getValue() ?? words.groupStock }),
    helper.display({ id: 'use', header: () => t('stock.use'), cell: ({ row }) => saleOrRent(words, row.original) }),
    helper.accessor('pricePaise', { header: () => t('stock.price'), cell: (c) => <MoneyIn paise={c.getValue()} lang={langOf(lang)} /> }),
    helper.display({
      id: 'onHand',
      header: () => t('stock.onHand'),
      cell: ({ row }) => <span className={row.original.lowStock ? 'qty-low' : undefined}>{onHandOf(row.original)}</span>,
    }),
  ]);
}
export const CATALOG_WIDTHS = ['8.5rem', 'minmax(12rem, 2fr)', 'minmax(8rem, 1.2fr)', 'minmax(7rem, 1fr)', '7rem', '8.5rem', '6rem'];

/** The low-stock list: what is left against the product's own threshold. */
export function lowStockColumns(t: TFunction, lang: string) {
  const words = cellWords(t);
  return helper.columns([
    helper.accessor('sku', { header: () => t('stock.sku') }),
    helper.display({ id: 'name', header: () => t('stock.name'), cell: ({ row }) => <NameCell row={row.original} lang={lang} /> }),
    helper.accessor('ownerName', { header: () => t('stock.owner'), cell: (c) => c.getValue() ?? words.groupStock }),
    helper.display({ id: 'onHand', header: () => t('stock.onHand'), cell: ({ row }) => <span className="qty-low">{onHandOf(row.original)}</span> }),
    helper.display({ id: 'threshold', header: () => t('lowStock.threshold'), cell: ({ row }) => formatQty(row.original.lowStockMilli ?? 0) }),
    helper.accessor('pricePaise', { header: () => t('stock.price'), cell: (c) => <MoneyIn paise={c.getValue()} lang={langOf(lang)} /> }),
  ]);
}
export const LOW_STOCK_WIDTHS = ['8.5rem', 'minmax(12rem, 2fr)', 'minmax(8rem, 1fr)', '7rem', '7rem', '9rem'];

/** The cells' words, looked up once per column set and not in each drawn cell: a scroll draws ~20 new rows a frame (#17). */
const cellWords = (t: TFunction) => ({ groupStock: t('stock.groupStock'), saleAndRent: t('catalog.saleAndRent'), forRent: t('stock.forRent'), forSale: t('stock.forSale') });

/** The "use" column: for sale, for rent or both. */
function saleOrRent(w: ReturnType<typeof cellWords>, r: ProductRow): string {
  if (r.forSale && r.forRent) return w.saleAndRent;
  return r.forRent ? w.forRent : w.forSale;
}
