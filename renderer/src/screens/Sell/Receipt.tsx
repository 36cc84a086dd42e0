import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { Sale } from '../../../../src/shared/api/sales';
import { Money } from '../../components/Money';
import { otherLang, twoNames } from '../Stock/names';
import { formatQty } from '../Stock/qty';
import { formatRate, formatWhen } from './format';

/**
 * A bill on screen, from the server's numbers: lines, discounts, the GST table on a tax invoice,
 * payments and change, what was received by UPI (never a pay-QR: the bill is paid; a customer who
 * scanned one would pay twice), and the shop's return policy.
 */
export function Receipt(props: {
  sale: Sale;
  billing: BillingSettings | null;
  /** PRINT: the thermal-printer button goes here (wired by the printing work; no print call in this screen). */
  printSlot?: ReactNode;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const s = props.sale;
  const upiPaid = s.payments.filter((p) => p.method === 'upi' && p.amountPaise > 0);
  const returned = s.lines.some((l) => l.returnedMilli > 0);
  return (
    <article className="card receipt" data-testid="receipt">
      <header className="receipt-head">
        <div>
          <h3>{t(`sale.invoiceKind.${s.invoiceKind}`)}</h3>
          <p className="receipt-billno">{t('sale.billNo')}: <strong data-testid="receipt-billno">{s.billNo}</strong></p>
        </div>
        <dl className="facts">
          <dt>{t('sale.date')}</dt><dd>{formatWhen(s.at, i18n.language)}</dd>
          <dt>{t('sale.cashier')}</dt><dd>{s.cashier}{s.approvedBy ? ` · ${t('sale.approvedBy', { name: s.approvedBy })}` : ''}</dd>
          {s.customerName || s.customerPhone ? (<><dt>{t('sale.customer')}</dt><dd>{[s.customerName, s.customerPhone].filter(Boolean).join(' · ')}</dd></>) : null}
        </dl>
      </header>
      <table className="grid receipt-lines">
        <thead>
          <tr>
            <th>{t('sale.item')}</th>
            <th className="num">{t('sale.qty')}</th>
            <th className="num">{t('sale.price')}</th>
            <th className="num">{t('sale.discount')}</th>
            <th className="num">{t('sale.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {s.lines.map((l) => {
            const [main, sub] = twoNames(l, i18n.language);
            const disc = l.lineDiscountPaise + l.billDiscountPaise;
            return (
              <tr key={l.lineNo}>
                <td>
                  <span className="name-main">{main}</span>
                  <span className="name-sub" lang={otherLang(i18n.language)}>{sub}</span>
                  {l.returnedMilli > 0 ? <small className="art-badge">{t('sale.returnedQty', { qty: formatQty(l.returnedMilli) })}</small> : null}
                </td>
                <td className="num">{formatQty(l.qtyMilli)}</td>
                <td className="num">
                  <Money paise={l.unitPricePaise} />
                  {l.listPricePaise !== l.unitPricePaise ? <><br /><small className="muted" data-testid="receipt-price-changed">{t('sale.priceChangedFrom')} <s><Money paise={l.listPricePaise} /></s></small></> : null}
                </td>
                <td className="num">{disc ? <>−<Money paise={disc} /></> : '—'}</td>
                <td className="num"><Money paise={l.netPaise} /></td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {s.discountPaise > 0 ? (
            <>
              <tr><th colSpan={4}>{t('sale.gross')}</th><td className="num"><Money paise={s.grossPaise} /></td></tr>
              <tr><th colSpan={4}>{t('sale.discount')}</th><td className="num">−<Money paise={s.discountPaise} /></td></tr>
            </>
          ) : null}
          <tr className="receipt-total"><th colSpan={4}>{t('sale.total')}</th><td className="num"><Money paise={s.totalPaise} /></td></tr>
        </tfoot>
      </table>
      {s.invoiceKind === 'tax_invoice' && s.taxes.length ? (
        <table className="grid receipt-gst" data-testid="receipt-gst">
          <thead>
            <tr><th>{t('sale.gstRate')}</th><th className="num">{t('sale.taxable')}</th><th className="num">{t('sale.cgst')}</th><th className="num">{t('sale.sgst')}</th></tr>
          </thead>
          <tbody>
            {s.taxes.map((x) => (
              <tr key={x.rateBps}>
                <td>{formatRate(x.rateBps)}</td>
                <td className="num"><Money paise={x.taxablePaise} /></td>
                <td className="num"><Money paise={x.cgstPaise} /></td>
                <td className="num"><Money paise={x.sgstPaise} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="receipt-bottom">
        <div className="receipt-pay">
          <h4>{t('sale.payments')}</h4>
          {s.exchangeCredit ? (
            <p className="receipt-exchange" data-testid="receipt-exchange">
              {t('exchange.creditFrom', { billNo: s.exchangeCredit.billNo })}: <Money paise={s.exchangeCredit.creditPaise} />
            </p>
          ) : null}
          <ul className="receipt-payments" data-testid="receipt-payments">
            {s.payments.map((p, i) => (
              <li key={i}>
                <span>{t(`sale.method.${p.method}`)}{p.ref ? ` (${p.ref})` : ''}</span>
                <Money paise={p.amountPaise} />
                {p.tenderedPaise ? <small className="muted">{t('sale.tenderedWas')} <Money paise={p.tenderedPaise} /></small> : null}
              </li>
            ))}
          </ul>
          {s.changePaise > 0 ? (
            <p className="receipt-change" data-testid="receipt-change">{t('sale.change')}: <Money paise={s.changePaise} /></p>
          ) : null}
          {returned ? <p className="muted">{t('sale.hasReturns')}</p> : null}
          {props.billing?.returnPolicy ? <p className="receipt-policy" data-testid="receipt-policy">{t('sale.returnPolicy')}: {props.billing.returnPolicy}</p> : null}
        </div>
        {upiPaid.length ? (
          <div className="receipt-upi-received" data-testid="receipt-upi-received">
            {upiPaid.map((p, i) => (
              <p key={i}>
                <strong>{t('sale.receivedByUpi')}: <Money paise={p.amountPaise} /></strong>
                {p.ref ? <><br /><span className="muted">{t('sale.upiRef')}: {p.ref}</span></> : null}
              </p>
            ))}
          </div>
        ) : null}
      </div>
      <div className="row receipt-actions">
        {props.printSlot}
        {props.actions}
      </div>
    </article>
  );
}
