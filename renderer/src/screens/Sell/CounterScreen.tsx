import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductRow } from '../../../../src/shared/api';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { Sale } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { focusInPlace } from '../../components/focusQuietly';
import { Money } from '../../components/Money';
import { pickName } from '../Stock/names';
import { addProduct, cartTotals, notSellable, emptyCart, setLine, type Cart } from './cart';
import { useCart } from './cartStore';
import { CartTable } from './CartTable';
import { DiscountBox } from './DiscountBox';
import { PaymentPanel } from './PaymentPanel';
import { Receipt } from './Receipt';
import { useRequestId } from './requestId';
import { useSaleError } from './useSaleError';
import { useLookupScanner } from './useScanner';
import { ProductSearch } from './ProductSearch';
import { PrintReceiptButton } from './PrintReceiptButton';

type Stage = 'cart' | 'pay' | 'done';
/** A message kept as its key, so switching the language re-words it. */
type Notice = { kind: 'ok' | 'info' | 'error'; key: string; values?: Record<string, unknown> } | { kind: 'api'; error: ApiError };

/** The counter: scan or search, the cart, the big total, then payment and the bill. */
export function CounterScreen(props: { billing: BillingSettings | null; onHeld: () => void; onOpenReturn: (billNo: string) => void }) {
  const { t, i18n } = useTranslation();
  const saleError = useSaleError();
  const [cart, setCart] = useCart();
  const holdId = useRef<string | null>(null);
  const [stage, setStage] = useState<Stage>('cart');
  const [sale, setSale] = useState<Sale | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [payStart, setPayStart] = useState<'cash' | 'upi'>('cash');
  const rid = useRequestId();
  const totals = cartTotals(cart);
  const err = notice?.kind === 'api' ? saleError(notice.error) : null;
  const lineErrors = err?.lines ?? {};

  function change(next: Cart) {
    setCart(next);
    setConfirmCancel(false);
    if (notice?.kind === 'api' || notice?.kind === 'ok') setNotice(null);
  }

  function add(p: ProductRow): boolean {
    const refused = notSellable(p);
    if (refused) return setNotice({ kind: 'api', error: { code: refused } }), false;
    if (stage === 'done') newSale();
    setCart((c) => addProduct(stage === 'done' ? emptyCart() : c, p));
    setStage('cart');
    setConfirmCancel(false);
    setNotice({ kind: 'ok', key: 'sale.added', values: { name: pickName(p, i18n.language) } });
    return true;
  }

  useLookupScanner(add, (code) => setNotice({ kind: 'error', key: 'sale.codeNotFound', values: { code } }), stage !== 'pay');

  function newSale() {
    setCart(emptyCart());
    setSale(null);
    setStage('cart');
    setNotice(null);
  }

  async function hold() {
    if (!cart.lines.length) return;
    // One id per parking of this cart: a second F9 or a retry parks it once.
    holdId.current ??= crypto.randomUUID();
    const r = await call('sales.hold', { requestId: holdId.current, label: cart.customerName.trim() || cart.customerPhone.trim(), totalPaise: totals.totalPaise, cart: cart as unknown as Record<string, unknown> });
    if (!r.ok) return setNotice({ kind: 'api', error: r.error });
    holdId.current = null;
    setCart(emptyCart());
    setNotice({ kind: 'ok', key: 'sale.parked', values: { id: r.value.id } });
    props.onHeld();
  }

  function cancel() {
    if (!cart.lines.length) return;
    if (!confirmCancel) return setConfirmCancel(true);
    setCart(emptyCart());
    setConfirmCancel(false);
    setNotice({ kind: 'info', key: 'sale.cancelled' });
  }

  const canPay = totals.ready && totals.totalPaise > 0;
  function startPay(method: 'cash' | 'upi' = 'cash') {
    if (notice?.kind !== 'api') setNotice(null);
    setConfirmCancel(false);
    setPayStart(method);
    setStage('pay');
  }
  // A finished sale is shown from the top (the bill's result, not wherever the pay step was scrolled).
  // Scrolled before the done screen is rendered, while the pay step's layout is still the painted one:
  // scrolling after it (in an effect) forced a synchronous layout of the new screen (#17).
  function showDone(s: Sale) {
    window.scrollTo(0, 0);
    document.querySelector('.sale-pay')?.closest('main')?.scrollTo(0, 0);
    setSale(s);
    setStage('done');
    setNotice(null);
    setCart(emptyCart());
  }
  const keys = useRef({ stage, canPay, hold, cancel, newSale, startPay });
  keys.current = { stage, canPay, hold, cancel, newSale, startPay };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const k = keys.current;
      if (k.stage === 'cart' && (e.key === 'F8' || e.key === 'F7')) {
        e.preventDefault();
        if (k.canPay) k.startPay(e.key === 'F7' ? 'upi' : 'cash');
      } else if (k.stage === 'cart' && e.key === 'F9') {
        e.preventDefault();
        void k.hold();
      } else if (k.stage === 'cart' && e.key === 'Escape') {
        e.preventDefault();
        k.cancel();
      } else if (k.stage === 'done' && (e.key === 'F8' || e.key === 'Escape')) {
        e.preventDefault();
        k.newSale();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const banner = notice ? (
    <p className={`banner ${notice.kind === 'ok' ? 'banner-ok' : notice.kind === 'info' ? 'banner-info' : 'banner-error'}`} role={notice.kind === 'ok' || notice.kind === 'info' ? 'status' : 'alert'} data-testid="sell-notice">
      {notice.kind === 'api' ? err?.message : t(notice.key, notice.values ?? {})}
    </p>
  ) : null;

  if (stage === 'done' && sale) {
    return (
      <div className="sale-done">
        <div className="card total-card sale-done-head">
          <span className="total-label">{t('sale.done', { billNo: sale.billNo })}<small className="muted sale-done-next">{t('counter.doneAgain')}</small></span>
          {sale.changePaise > 0 ? (
            <span className="sale-done-change" data-testid="done-change">{t('sale.giveChange')} <Money paise={sale.changePaise} className="total-amount" /></span>
          ) : null}
        </div>
        <Receipt
          sale={sale}
          billing={props.billing}
          printSlot={<PrintReceiptButton saleId={sale.id} />}
          actions={
            <>
              <button type="button" onClick={() => props.onOpenReturn(sale.billNo)} data-testid="receipt-return">{t('sale.returnItems')}</button>
              <button type="button" className="primary big sale-new" ref={focusInPlace} onClick={newSale} data-testid="new-sale">{t('sale.newSale')} <kbd>F8</kbd></button>
            </>
          }
        />
      </div>
    );
  }

  if (stage === 'pay') {
    return (
      <div className="sale-pay">
        {banner}
        <PaymentPanel
          cart={cart}
          totalPaise={totals.totalPaise}
          billing={props.billing}
          rid={rid}
          start={payStart}
          cartRef={`${props.billing?.billPrefix || 'HH'}-${rid.get().slice(-8).toUpperCase()}`}
          onBack={() => setStage('cart')}
          onSold={showDone}
          onError={(e) => {
            setNotice(e ? { kind: 'api', error: e } : null);
            // A line's problem (price changed, not enough stock) is fixed on the cart.
            if (e && Object.keys(saleError(e).lines).length) setStage('cart');
          }}
          onPriceChanged={(i, pricePaise) => setCart((c) => setLine(c, i, { pricePaise }))}
        />
      </div>
    );
  }

  const hasDiscount = totals.lineDiscountPaise + totals.billDiscountPaise > 0;
  return (
    <div className="sale-counter">
      <div className="sale-main">
        <ProductSearch onAdd={add} onNotFound={(code) => setNotice({ kind: 'error', key: 'sale.codeNotFound', values: { code } })} />
        {banner}
        <CartTable cart={cart} totals={totals} lineErrors={lineErrors} onChange={change} />
      </div>
      <aside className="sale-side">
        <div className="card total-card sale-total">
          <span className="total-label">{t('sale.total')}</span>
          <Money paise={totals.totalPaise} className={totals.totalPaise >= 10_000_000 ? 'total-amount sale-total-amount sale-total-long' : 'total-amount sale-total-amount'} />
        </div>
        {hasDiscount ? (
          <p className="sale-saved muted" data-testid="sale-discount-total">{t('sale.discountTotal')} <Money paise={totals.lineDiscountPaise + totals.billDiscountPaise} /></p>
        ) : null}
        <div className="card sale-bill-discount">
          <Field id="bill-disc" label={t('sale.billDiscount')} error={!totals.billDiscountOk ? t('issues.discount_too_big') : err?.fields.billDiscount}>
            <DiscountBox id="bill-disc" label={t('sale.billDiscount')} value={cart.billDiscount} invalid={!totals.billDiscountOk} onChange={(d) => change({ ...cart, billDiscount: d })} testId="bill-discount" />
          </Field>
          {hasDiscount ? (
            <Field id="disc-reason" label={t('sale.discountReason')} error={err?.fields.discountReason}>
              <input id="disc-reason" maxLength={200} value={cart.discountReason} onChange={(e) => change({ ...cart, discountReason: e.target.value })} data-testid="discount-reason" />
            </Field>
          ) : null}
        </div>
        <details className="card sale-customer" open={Boolean(cart.customerName || cart.customerPhone || err?.fields.customerPhone)}>
          <summary>{t('sale.customerOptional')}</summary>
          <Field id="cust-name" label={t('sale.customerName')}>
            <input id="cust-name" maxLength={80} value={cart.customerName} onChange={(e) => change({ ...cart, customerName: e.target.value })} data-testid="customer-name" />
          </Field>
          <Field id="cust-phone" label={t('sale.customerPhone')} error={err?.fields.customerPhone}>
            <input id="cust-phone" inputMode="tel" maxLength={20} value={cart.customerPhone} onChange={(e) => change({ ...cart, customerPhone: e.target.value })} data-testid="customer-phone" />
          </Field>
        </details>
        <div className="row sale-pay-row">
          <button type="button" className="primary big sale-pay-btn" disabled={!canPay} onClick={() => startPay()} data-testid="sell-pay">{t('sale.pay')} <kbd>F8</kbd></button>
          <button type="button" className="big sale-pay-upi" disabled={!canPay} onClick={() => startPay('upi')} data-testid="sell-pay-upi">{t('counter.payUpi')} <kbd>F7</kbd></button>
        </div>
        {confirmCancel ? (
          <div className="banner banner-error sale-confirm" role="alert" ref={(el) => el?.scrollIntoView({ block: 'nearest' })}>
            <p>{t('sale.cancelConfirm')}</p>
            <div className="row">
              <button type="button" onClick={() => setConfirmCancel(false)}>{t('sale.keep')}</button>
              <button type="button" className="danger" onClick={cancel} data-testid="cancel-yes">{t('sale.cancelYes')}</button>
            </div>
          </div>
        ) : null}
        <div className="row sale-actions">
          <button type="button" disabled={!cart.lines.length} onClick={() => void hold()} data-testid="sell-hold">{t('sale.hold')} <kbd>F9</kbd></button>
          <button type="button" className="danger" disabled={!cart.lines.length} onClick={cancel} data-testid="sell-cancel">{t('sale.cancelBill')} <kbd>{t('common.keyEsc')}</kbd></button>
        </div>
        <p className="muted sale-keys">{t('sale.keysHelp')}</p>
      </aside>
    </div>
  );
}
