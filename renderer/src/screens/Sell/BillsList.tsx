import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { Sale } from '../../../../src/shared/api/sales';
import { parseRupees } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { VirtualTable } from '../../components/VirtualTable';
import { BILL_WIDTHS, billColumns } from './billColumns';
import { Money } from '../../components/Money';
import { formatWhen } from './format';
import { Receipt } from './Receipt';
import { PrintReceiptButton } from './PrintReceiptButton';
import { PrintReturnReceiptButton } from './PrintReturnReceiptButton';

interface Filters {
  billNo: string;
  from: string;
  to: string;
  amount: string;
  phone: string;
}
const NONE: Filters = { billNo: '', from: '', to: '', amount: '', phone: '' };

/** Past bills by number, dates, amount or the customer's phone; open one to see it or take items back. */
export function BillsList(props: { billing: BillingSettings | null; onReturn: (billNo: string) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [f, setF] = useState<Filters>(NONE);
  const [open, setOpen] = useState<Sale | null>(null);
  const [error, setError] = useState('');
  const amount = f.amount.trim() ? parseRupees(f.amount) : undefined;

  async function fetchPage(offset: number, limit: number) {
    const r = await call('sales.list', {
      offset, limit,
      ...(f.billNo.trim() ? { billNo: f.billNo.trim() } : {}),
      ...(f.from ? { from: f.from } : {}),
      ...(f.to ? { to: f.to } : {}),
      ...(amount ? { totalPaise: amount } : {}),
      ...(f.phone.trim() ? { customerPhone: f.phone.trim() } : {}),
    });
    return r.ok ? r.value : { rows: [], total: 0 };
  }

  async function openBill(id: number) {
    const r = await call('sales.get', { id });
    if (r.ok) setOpen(r.value);
    else setError(showError(r.error).message);
  }

  if (open) {
    return (
      <div className="sale-done bill-open">
        <Receipt
          sale={open}
          billing={props.billing}
          printSlot={<PrintReceiptButton saleId={open.id} duplicate />}
          actions={
            <>
              <button type="button" className="big" onClick={() => setOpen(null)} data-testid="bill-back">{t('common.back')}</button>
              <button type="button" className="primary big" onClick={() => props.onReturn(open.billNo)} data-testid="bill-return">{t('sale.returnItems')}</button>
            </>
          }
        />
        {open.returns?.length ? (
          <section className="bill-returns" data-testid="bill-returns">
            <h4>{t('sale.billReturns')}</h4>
            {open.returns.map((r) => (
              <PrintReturnReceiptButton key={r.id} returnId={r.id} returnNo={r.returnNo} duplicate testId={`return-receipt-${r.id}`}
                heading={<p className="return-receipt-head"><strong>{r.returnNo}</strong> · {formatWhen(r.at, i18n.language)} · <Money paise={r.refundPaise} /></p>} />
            ))}
          </section>
        ) : null}
      </div>
    );
  }

  const input = (k: keyof Filters, label: string, type = 'text', extra: Record<string, string> = {}) => (
    <label className="filter">
      {label}
      <input type={type} value={f[k]} onChange={(e) => setF({ ...f, [k]: e.target.value })} data-testid={`bills-${k}`} {...extra} />
    </label>
  );

  return (
    <section className="bills">
      <div className="filters">
        {input('billNo', t('sale.billNo'), 'search')}
        {input('from', t('sale.fromDate'), 'date')}
        {input('to', t('sale.toDate'), 'date')}
        {input('amount', t('sale.amountRs'), 'text', { inputMode: 'decimal' })}
        {input('phone', t('sale.customerPhone'), 'tel')}
        <button type="button" onClick={() => setF(NONE)} disabled={JSON.stringify(f) === JSON.stringify(NONE)}>{t('sale.clearFilters')}</button>
      </div>
      {amount === null ? <p className="error-text">{t('issues.amount')}</p> : null}
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      <VirtualTable columns={billColumns(t, i18n.language)} widths={BILL_WIDTHS} fetchPage={fetchPage} resetKey={JSON.stringify(f)} onRowClick={(r) => void openBill(r.id)}
        emptyText={t('sale.noBills')} loadingText={t('common.loading')} testId="bills-table" height="62vh" />
    </section>
  );
}
