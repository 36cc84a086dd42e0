import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order } from '../../../../src/shared/api';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../../src/shared/api/sales';
import { mulDivRound } from '../../../../src/shared/money';
import { readyMessage, whatsappLink } from '../../../../src/shared/whatsapp';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { useApiError, type ShownError } from '../../components/useApiError';
import { SlipPanel } from '../Rentals/SlipPanel';
import { OrderCancel } from './OrderCancel';
import { dateWords } from '../Rentals/dates';
import { units } from './draft';

const nameOf = (x: { nameHi: string; nameEn: string }, lang: string) => (lang === 'hi' ? x.nameHi || x.nameEn : x.nameEn || x.nameHi);
const whole = (milli: number) => milli / 1000;

/** One order: its lines and makers, the advance held, moving it along, delivering (a part or the rest) through the checkout, cancelling by the rule, the slip, and WhatsApp when it is ready. */
export function OrderDetail(props: { orderId: number; shopName: string; manager: boolean; onBack: () => void; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const showError = useApiError();
  const [o, setO] = useState<Order | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  // The bill number of the delivery just made (its words are rendered in the screen's language).
  const [notice, setNotice] = useState('');
  const [qty, setQty] = useState<Record<number, string>>({});
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());

  const load = () => void call('orders.get', { orderId: props.orderId }).then((r) => r.ok && setO(r.value));
  useEffect(load, [props.orderId]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && props.onBack();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [props]);

  if (!o) return <p className="muted">{t('common.loading')}</p>;
  const open = o.status === 'ordered' || o.status === 'in_making' || o.status === 'ready';
  const handing = o.lines.map((l) => ({ l, n: units(qty[l.id] ?? '') ?? 0 })).filter((x) => x.n > 0);
  const billPaise = handing.reduce((a, x) => a + mulDivRound(x.n * 1000, x.l.unitPricePaise, 1000), 0);
  const applied = Math.min(o.heldPaise, billPaise);
  const toPay = billPaise - applied;

  const done = (r: { ok: true; value: Order } | { ok: false; error: Parameters<typeof showError>[0] }, msg = '') => {
    if (!r.ok) return setError(showError(r.error));
    setError(null);
    setO(r.value);
    setNotice(msg);
    setRequestId(crypto.randomUUID());
    props.onChanged();
  };
  const setStatus = async (status: 'in_making' | 'ready') => done(await call('orders.setStatus', { requestId: crypto.randomUUID(), orderId: o.id, status }));

  async function deliver(e: FormEvent) {
    e.preventDefault();
    const r = await call('orders.deliver', {
      requestId, orderId: o!.id, lines: handing.map((x) => ({ orderLineId: x.l.id, qtyMilli: x.n * 1000 })), payments: toPay > 0 ? [{ method, amountPaise: toPay, ref: '' }] : [], refundMethod: 'cash',
    });
    if (r.ok) {
      setQty({});
      done({ ok: true, value: r.value.order }, r.value.sale.billNo);
    } else done(r);
  }

  const items = o.lines.map((l) => `${nameOf(l, 'hi')} x ${whole(l.qtyMilli)}`).join(', ');
  const wa = o.status === 'ready' ? whatsappLink(o.customerPhone, readyMessage({ shopName: props.shopName, customerName: o.customerName, orderNo: o.orderNo, items, balancePaise: Math.max(0, o.openValuePaise - o.heldPaise) })) : null;

  return (
    <div className="ord-detail" data-testid="order-detail">
      <div className="row">
        <button type="button" onClick={props.onBack} data-testid="order-back">← {t('orders.back')}</button>
        <span className="muted">{t('orders.keys')}</span>
      </div>
      <div className="card">
        <h2 data-testid="order-no">{o.orderNo} <span className={`ord-status ord-${o.status}`} data-testid="order-status">{t(`orders.status.${o.status}`)}</span></h2>
        <p><strong>{o.customerName}</strong> · {o.customerPhone}</p>
        <p className={o.overdue ? 'ord-due ord-late' : 'ord-due'}>{t('orders.dueDate')}: <strong>{dateWords(o.dueDate, lang)}</strong></p>
        <div className="ord-figures">
          <span>{t('orders.price')} <Money paise={o.pricePaise} /></span>
          <span>{t('orders.advanceTaken')} <Money paise={o.advancePaise} /></span>
          <span data-testid="order-held">{t('orders.advanceHeld')} <Money paise={o.heldPaise} /></span>
          <span>{t('orders.openValue')} <Money paise={o.openValuePaise} /></span>
          <span>{t('orders.balanceDue')} <Money paise={Math.max(0, o.openValuePaise - o.heldPaise)} /></span>
        </div>
        {notice ? <p className="banner banner-ok" data-testid="order-notice">{t('orders.deliveredDone', { bill: notice })}</p> : null}
        {error ? <p className="banner banner-error" role="alert" data-testid="order-error">{error.message}</p> : null}
        <div className="row">
          {o.status === 'ordered' ? <button type="button" onClick={() => void setStatus('in_making')} data-testid="order-making">{t('orders.markMaking')}</button> : null}
          {o.status === 'ordered' || o.status === 'in_making' ? <button type="button" className="primary" onClick={() => void setStatus('ready')} data-testid="order-ready">{t('orders.markReady')}</button> : null}
          {o.status === 'ready' ? (wa ? <a className="button-link" href={wa} target="_blank" rel="noreferrer" data-testid="order-whatsapp">{t('orders.whatsappReady')}</a> : <span className="muted">{t('orders.noWhatsapp')}</span>) : null}
        </div>
      </div>

      <form className="card" onSubmit={(e) => void deliver(e)} data-testid="order-deliver-form">
        <h3>{o.status === 'ready' || o.status === 'in_making' ? t('orders.deliverTitle') : t('orders.lines')}</h3>
        <table className="grid">
          <thead><tr><th>{t('orders.col.items')}</th><th className="num">{t('orders.ordered')}</th><th className="num">{t('orders.delivered')}</th><th className="num">{t('orders.left')}</th><th>{t('orders.makers')}</th>{o.status === 'ready' || o.status === 'in_making' ? <th>{t('orders.deliverQty')}</th> : null}</tr></thead>
          <tbody>
            {o.lines.map((l) => (
              <tr key={l.id}>
                <td>{nameOf(l, lang)} <span className="name-sub">@ <Money paise={l.unitPricePaise} /></span></td>
                <td className="num">{whole(l.qtyMilli)}</td>
                <td className="num">{whole(l.deliveredMilli)}</td>
                <td className="num">{whole(l.qtyMilli - l.deliveredMilli)}</td>
                <td>{l.makers.map((m) => `${nameOf(m, lang)} ${m.shareBps / 100}%`).join(', ')}</td>
                {o.status === 'ready' || o.status === 'in_making' ? (
                  <td><input className="ord-share" inputMode="numeric" value={qty[l.id] ?? ''} onChange={(e) => setQty({ ...qty, [l.id]: e.target.value })} aria-label={t('orders.deliverQty')} data-testid={`deliver-qty-${l.lineNo}`} /></td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {o.status === 'ready' || o.status === 'in_making' ? (
          <div className="ord-row ord-money">
            <span>{t('orders.bill')} <Money paise={billPaise} /></span>
            <span>{t('orders.advanceApplied')} <Money paise={applied} /></span>
            <span className="ord-big" data-testid="deliver-to-pay">{t('orders.toPay')} <Money paise={toPay} /></span>
            <Field id="ord-pay-method" label={t('orders.method')}>
              <select id="ord-pay-method" value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)} data-testid="deliver-method">
                {PAYMENT_METHODS.map((m) => <option key={m} value={m}>{t(`orders.methods.${m}`)}</option>)}
              </select>
            </Field>
            <button type="submit" className="big primary" disabled={handing.length === 0} data-testid="order-deliver">{t('orders.deliver')}</button>
          </div>
        ) : null}
      </form>

      {o.deliveries.length ? (
        <div className="card" data-testid="order-deliveries">
          <h3>{t('orders.deliveries')}</h3>
          <ul>{o.deliveries.map((d) => <li key={d.id}>{d.billNo}: <Money paise={d.totalPaise} /> ({t('orders.advanceApplied')} <Money paise={d.appliedPaise} />)</li>)}</ul>
        </div>
      ) : null}

      {o.status !== 'cancelled' ? <SlipPanel doc="order" id={o.id} title={o.orderNo} printLabel={t('orders.printSlip')} testId="order-slip" /> : null}

      {open ? <OrderCancel order={o} manager={props.manager} onDone={(v) => done({ ok: true, value: v })} /> : null}
    </div>
  );
}
