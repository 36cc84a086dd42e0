import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { otherLang, twoNames } from '../Stock/names';
import { lineOverride, setLine, stepQty, wholeUnits, type Cart, type CartTotals } from './cart';
import { DiscountBox } from './DiscountBox';

/** The bill being rung up: a line per item with its quantity, price, discount and amount. */
export function CartTable(props: { cart: Cart; totals: CartTotals; lineErrors: Record<number, string>; onChange: (c: Cart) => void }) {
  const { t, i18n } = useTranslation();
  const { cart, totals } = props;
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [pricing, setPricing] = useState<Set<string>>(new Set());
  const toggle = (set: typeof setOpen, key: string) => set((o) => { const next = new Set(o); if (next.has(key)) next.delete(key); else next.add(key); return next; });
  if (cart.lines.length === 0) return <p className="card muted sale-empty" data-testid="cart-empty">{t('sale.emptyCart')}</p>;
  return (
    <table className="grid sale-cart" data-testid="cart">
      <thead>
        <tr>
          <th>{t('sale.item')}</th>
          <th className="num">{t('sale.qty')}</th>
          <th className="num">{t('sale.amount')}</th>
          <th><span className="sale-sr">{t('sale.lineDiscount')} / {t('sale.remove')}</span></th>
        </tr>
      </thead>
      {cart.lines.map((l, i) => {
        const [main, sub] = twoNames(l, i18n.language);
        const lt = totals.lines[i]!;
        const err = props.lineErrors[i];
        const n = i + 1;
        const showDiscount = open.has(l.key) || l.discount.text.trim() !== '';
        const override = lineOverride(l);
        const showPrice = pricing.has(l.key) || (l.priceText ?? '').trim() !== '';
        return (
          <tbody key={l.key} className={err ? 'line-error' : undefined} data-testid={`cart-line-${l.sku}`}>
            <tr>
              <td>
                <span className="name-main">{main}</span>
                <span className="name-sub">{sub ? <><span lang={otherLang(i18n.language)}>{sub}</span>{' · '}</> : ''}<span className="sale-sku">{l.sku}</span></span>
                {override ? (
                  <span className="sale-unit-price sale-price-changed" data-testid="line-price-changed">
                    <Money paise={override} /> / {t(`sale.unit.${l.unit}`)} · {t('sale.priceChangedFrom')} <s><Money paise={l.pricePaise} /></s>
                  </span>
                ) : (
                  <span className="sale-unit-price"><Money paise={l.pricePaise} /> / {t(`sale.unit.${l.unit}`)}</span>
                )}
                {err ? <small className="error-text" role="alert" data-testid="line-error">{err}</small> : null}
              </td>
              <td className="num">
                <div className="qty-stepper">
                  <button type="button" className="qty-step" aria-label={t('sale.less', { n })} onClick={() => props.onChange(setLine(cart, i, { qtyText: stepQty(l, -1) }))}>−</button>
                  <input className="qty-input" inputMode="decimal" value={l.qtyText} aria-label={t('sale.qtyOf', { n })} aria-invalid={!lt.qtyOk || undefined}
                    onChange={(e) => props.onChange(setLine(cart, i, { qtyText: e.target.value }))} />
                  <button type="button" className="qty-step" aria-label={t('sale.more', { n })} onClick={() => props.onChange(setLine(cart, i, { qtyText: stepQty(l, 1) }))}>+</button>
                </div>
                {lt.qtyOk ? null : <small className="error-text">{wholeUnits(l.unit) ? t('issues.whole_units') : t('issues.quantity')}</small>}
              </td>
              <td className="num sale-line-amount">
                <Money paise={lt.amountPaise} />
                {lt.discountPaise > 0 ? <small className="sale-line-off">−<Money paise={lt.discountPaise} /></small> : null}
              </td>
              <td className="sale-line-tools">
                <button type="button" className={showPrice ? 'sale-disc-toggle chip-on' : 'sale-disc-toggle'} aria-expanded={showPrice} aria-label={t('sale.changePriceOf', { n })}
                  title={t('sale.changePriceHint')} onClick={() => toggle(setPricing, l.key)} data-testid={`line-price-toggle-${i}`}>{t('sale.changePriceShort')}</button>
                <button type="button" className={showDiscount ? 'sale-disc-toggle chip-on' : 'sale-disc-toggle'} aria-expanded={showDiscount} aria-label={t('sale.lineDiscountOf', { n })}
                  onClick={() => toggle(setOpen, l.key)}>{t('sale.discountShort')}</button>
                <button type="button" className="danger sale-remove" aria-label={t('sale.removeLine', { n })}
                  onClick={() => props.onChange({ ...cart, lines: cart.lines.filter((_, j) => j !== i) })}>✕</button>
              </td>
            </tr>
            {showPrice ? (
              <tr className="sale-disc-row">
                <td colSpan={4}>
                  <div className="row sale-disc-line">
                    <label htmlFor={`line-price-${i}`}>{t('sale.changePriceOf', { n })}</label>
                    <input id={`line-price-${i}`} inputMode="decimal" autoComplete="off" className="sale-price-input" placeholder={(l.pricePaise / 100).toFixed(2)}
                      value={l.priceText ?? ''} aria-invalid={!lt.priceOk || undefined} data-testid={`line-price-${i}`}
                      onChange={(e) => props.onChange(setLine(cart, i, { priceText: e.target.value }))} />
                    {!lt.priceOk ? <small className="error-text">{t('issues.amount')}</small> : <small className="muted">{t('sale.changePriceHint')}</small>}
                  </div>
                </td>
              </tr>
            ) : null}
            {showDiscount ? (
              <tr className="sale-disc-row">
                <td colSpan={4}>
                  <div className="row sale-disc-line">
                    <label htmlFor={`line-disc-${i}`}>{t('sale.lineDiscountOf', { n })}</label>
                    <DiscountBox id={`line-disc-${i}`} label={t('sale.lineDiscountOf', { n })} value={l.discount} invalid={!lt.discountOk}
                      onChange={(d) => props.onChange(setLine(cart, i, { discount: d }))} />
                    {!lt.discountOk ? <small className="error-text">{t('issues.discount_too_big')}</small> : null}
                  </div>
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
    </table>
  );
}
