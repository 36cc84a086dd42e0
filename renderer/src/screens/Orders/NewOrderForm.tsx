import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan, Craft, Order } from '../../../../src/shared/api';
import { PAYMENT_METHODS } from '../../../../src/shared/api/sales';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { useApiError, type ShownError } from '../../components/useApiError';
import { emptyLine, emptyOrder, lineTotal, toInput, type LineDraft, type OrderDraft } from './draft';

const nameOf = (x: { nameHi: string; nameEn: string }, lang: string) => (lang === 'hi' ? x.nameHi || x.nameEn : x.nameEn || x.nameHi);

/** A new custom order: the customer, what is to be made (from the catalogue or described), by whom and her share, the due date, the advance. Enter takes it. */
export function NewOrderForm(props: { today: string; onCreated: (o: Order) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const showError = useApiError();
  const [d, setD] = useState<OrderDraft>(() => emptyOrder(''));
  const [crafts, setCrafts] = useState<Craft[]>([]);
  const [artisans, setArtisans] = useState<Artisan[]>([]);
  const [error, setError] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);
  // One request id per order being typed: a double Enter records it once.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());

  useEffect(() => {
    void call('crafts.list', { includeInactive: false }).then((r) => r.ok && setCrafts(r.value));
    void call('artisans.list', { includeInactive: false }).then((r) => r.ok && setArtisans(r.value));
  }, []);
  useEffect(() => {
    if (props.today && !d.dueDate) setD((x) => ({ ...x, dueDate: props.today }));
  }, [props.today, d.dueDate]);

  const setLine = (i: number, patch: Partial<LineDraft>) => setD((x) => ({ ...x, lines: x.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));
  const price = d.lines.reduce((a, l) => a + lineTotal(l), 0);

  async function findSku(i: number, sku: string) {
    if (!sku.trim()) return setLine(i, { productId: null });
    const r = await call('catalog.lookup', { code: sku.trim() });
    if (r.ok) setLine(i, { productId: r.value.id, nameHi: r.value.nameHi, nameEn: r.value.nameEn, price: d.lines[i]!.price || String(r.value.pricePaise / 100) });
    else setLine(i, { productId: null });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await call('orders.create', toInput(d, requestId));
    setBusy(false);
    if (!r.ok) return setError(showError(r.error));
    setError(null);
    setRequestId(crypto.randomUUID());
    setD(emptyOrder(props.today));
    props.onCreated(r.value);
  }

  return (
    <form className="card ord-form" onSubmit={(e) => void submit(e)} data-testid="order-form">
      <div className="ord-row">
        <Field id="ord-name" label={t('orders.customer')} error={error?.fields.customer}>
          <input id="ord-name" value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} data-testid="order-customer" autoFocus />
        </Field>
        <Field id="ord-phone" label={t('orders.phone')}>
          <input id="ord-phone" inputMode="tel" value={d.phone} onChange={(e) => setD({ ...d, phone: e.target.value })} data-testid="order-phone" />
        </Field>
        <DateField id="ord-due" label={t('orders.dueDate')} value={d.dueDate} onChange={(v) => setD({ ...d, dueDate: v })} today={props.today} error={error?.fields.dueDate} testId="order-due" />
      </div>
      <h3>{t('orders.lines')}</h3>
      {d.lines.map((l, i) => (
        <fieldset key={i} className="ord-line" data-testid={`order-line-${i}`}>
          <div className="ord-row">
            <Field id={`ord-sku-${i}`} label={t('orders.fromCatalogue')}>
              <input id={`ord-sku-${i}`} value={l.sku} onChange={(e) => setLine(i, { sku: e.target.value })} onBlur={(e) => void findSku(i, e.target.value)} data-testid={`order-sku-${i}`} />
            </Field>
            <Field id={`ord-hi-${i}`} label={t('orders.nameHi')}>
              <input id={`ord-hi-${i}`} value={l.nameHi} onChange={(e) => setLine(i, { nameHi: e.target.value })} data-testid={`order-name-hi-${i}`} />
            </Field>
            <Field id={`ord-en-${i}`} label={t('orders.nameEn')}>
              <input id={`ord-en-${i}`} value={l.nameEn} onChange={(e) => setLine(i, { nameEn: e.target.value })} data-testid={`order-name-en-${i}`} />
            </Field>
            {l.productId === null ? (
              <Field id={`ord-craft-${i}`} label={t('orders.craft')}>
                <select id={`ord-craft-${i}`} value={l.craftId} onChange={(e) => setLine(i, { craftId: e.target.value })} data-testid={`order-craft-${i}`}>
                  <option value="">—</option>
                  {crafts.map((c) => <option key={c.id} value={c.id}>{nameOf(c, lang)}</option>)}
                </select>
              </Field>
            ) : null}
          </div>
          <div className="ord-row">
            <Field id={`ord-qty-${i}`} label={t('orders.qty')}>
              <input id={`ord-qty-${i}`} inputMode="numeric" value={l.qty} onChange={(e) => setLine(i, { qty: e.target.value })} data-testid={`order-qty-${i}`} />
            </Field>
            <Field id={`ord-price-${i}`} label={t('orders.unitPrice')}>
              <input id={`ord-price-${i}`} inputMode="decimal" value={l.price} onChange={(e) => setLine(i, { price: e.target.value })} data-testid={`order-price-${i}`} />
            </Field>
            <div className="ord-total"><span className="muted">{t('orders.lineTotal')}</span> <Money paise={lineTotal(l)} /></div>
          </div>
          <div className="ord-makers">
            <span className="muted">{t('orders.makers')}</span>
            {l.makers.map((m, j) => (
              <span key={j} className="ord-maker">
                <select value={m.artisanId} onChange={(e) => setLine(i, { makers: l.makers.map((x, k) => (k === j ? { ...x, artisanId: e.target.value } : x)) })} aria-label={t('orders.makers')} data-testid={`order-maker-${i}-${j}`}>
                  <option value="">—</option>
                  {artisans.map((a) => <option key={a.id} value={a.id}>{nameOf(a, lang)}</option>)}
                </select>
                <input className="ord-share" inputMode="decimal" value={m.share} placeholder={t('orders.share')} aria-label={t('orders.share')} onChange={(e) => setLine(i, { makers: l.makers.map((x, k) => (k === j ? { ...x, share: e.target.value } : x)) })} data-testid={`order-share-${i}-${j}`} />
              </span>
            ))}
            <button type="button" onClick={() => setLine(i, { makers: [...l.makers, { artisanId: '', share: '' }] })} data-testid={`order-add-maker-${i}`}>{t('orders.addMaker')}</button>
          </div>
          {d.lines.length > 1 ? <button type="button" className="link-button" onClick={() => setD({ ...d, lines: d.lines.filter((_, j) => j !== i) })}>{t('orders.removeLine')}</button> : null}
        </fieldset>
      ))}
      <button type="button" onClick={() => setD({ ...d, lines: [...d.lines, emptyLine()] })} data-testid="order-add-line">{t('orders.addLine')}</button>
      <div className="ord-row ord-money">
        <div className="ord-total"><span className="muted">{t('orders.price')}</span> <Money paise={price} className="ord-big" /></div>
        <Field id="ord-advance" label={t('orders.advance')} error={error?.fields.advance}>
          <input id="ord-advance" inputMode="decimal" value={d.advance} onChange={(e) => setD({ ...d, advance: e.target.value })} data-testid="order-advance" />
        </Field>
        <Field id="ord-method" label={t('orders.method')}>
          <select id="ord-method" value={d.method} onChange={(e) => setD({ ...d, method: e.target.value as OrderDraft['method'] })} data-testid="order-method">
            {PAYMENT_METHODS.map((m) => <option key={m} value={m}>{t(`orders.methods.${m}`)}</option>)}
          </select>
        </Field>
        {d.method !== 'cash' ? (
          <Field id="ord-ref" label={t('orders.ref')}>
            <input id="ord-ref" value={d.ref} onChange={(e) => setD({ ...d, ref: e.target.value })} />
          </Field>
        ) : null}
        <Field id="ord-note" label={t('orders.note')}>
          <input id="ord-note" value={d.note} onChange={(e) => setD({ ...d, note: e.target.value })} data-testid="order-note" />
        </Field>
      </div>
      <p className="muted">{t('orders.heldNote')}</p>
      {error ? <p className="banner banner-error" role="alert" data-testid="order-error">{error.message}</p> : null}
      <button type="submit" className="big primary" disabled={busy} data-testid="order-create">{t('orders.create')}</button>
    </form>
  );
}
