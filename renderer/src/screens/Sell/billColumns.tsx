import { createColumnHelper } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { SaleSummary } from '../../../../src/shared/api/sales';
import { Money } from '../../components/Money';
import { tableFeaturesNone } from '../../components/VirtualTable';
import { formatShortWhen } from './format';

const helper = createColumnHelper<typeof tableFeaturesNone, SaleSummary>();

export const BILL_WIDTHS = ['12.5rem', '9.5rem', 'minmax(6rem, 1fr)', '4.5rem', '8.5rem', '8rem', '7.5rem'];

/** The bills list: number, when, customer, items, how paid, total and what came back. */
export function billColumns(t: TFunction, lang: string) {
  return helper.columns([
    helper.accessor('billNo', { header: () => t('sale.billNo') }),
    helper.display({ id: 'at', header: () => t('sale.date'), cell: ({ row }) => formatShortWhen(row.original.at, lang) }),
    helper.display({ id: 'customer', header: () => t('sale.customer'), cell: ({ row }) => [row.original.customerName, row.original.customerPhone].filter(Boolean).join(' · ') || '—' }),
    helper.accessor('items', { header: () => t('sale.items') }),
    helper.display({ id: 'methods', header: () => t('sale.paidBy'), cell: ({ row }) => row.original.methods.map((m) => t(`sale.methodShort.${m}`)).join(' + ') }),
    helper.display({ id: 'value', header: () => t('sale.total'), cell: ({ row }) => <Money paise={row.original.totalPaise} /> }),
    helper.display({ id: 'returned', header: () => t('sale.returned'), cell: ({ row }) => (row.original.returnedPaise ? <Money paise={row.original.returnedPaise} /> : '—') }),
  ]);
}
