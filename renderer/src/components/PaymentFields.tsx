import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src/shared/api/sales';
import { Field } from './Field';
import { Money } from './Money';
import { METHODS, readPayments, rupeesText, type PaymentDraft } from './payments';

export type PaymentRead = ReturnType<typeof readPayments>;

/**
 * The money-taking boxes every counter screen shares (a sale, a rental's advance, pick-up,
 * a shortfall at return): "all cash / all UPI / all card", then cash with the cash given, UPI
 * with its reference and "received" tick, card with its slip number. `prefix` names the test
 * ids and element ids ('pay' on the Sell screen), so two screens' fields never clash.
 */
export function PaymentMethodFields(props: {
  draft: PaymentDraft;
  onDraft: (patch: (d: PaymentDraft) => PaymentDraft) => void;
  totalPaise: number;
  /** Errors from the core for each method's payment line. */
  errors?: Partial<Record<PaymentMethod, string>>;
  prefix?: string;
}) {
  const { t } = useTranslation();
  const p = props.prefix ?? 'pay';
  const { draft, totalPaise } = props;
  const read = readPayments(draft, totalPaise);
  const upiPaise = read.amounts.upi ?? 0;
  const set = props.onDraft;
  const only = (m: PaymentMethod) =>
    set((d) => ({
      cash: { ...d.cash, amount: m === 'cash' ? rupeesText(totalPaise) : '' },
      upi: { ...d.upi, amount: m === 'upi' ? rupeesText(totalPaise) : '' },
      card: { ...d.card, amount: m === 'card' ? rupeesText(totalPaise) : '' },
    }));
  const rest = (m: PaymentMethod) => {
    const others = METHODS.filter((x) => x !== m).reduce((s, x) => s + (read.amounts[x] ?? 0), 0);
    const left = Math.max(0, totalPaise - others);
    set((d) => ({ ...d, [m]: { ...d[m], amount: left ? rupeesText(left) : '' } }));
  };
  const amountField = (m: PaymentMethod) => (
    <div className="pay-amount">
      <Field id={`${p}-${m}-amount`} label={t('sale.amountRs')} error={read.amounts[m] === null ? t('issues.amount') : props.errors?.[m]}>
        <input id={`${p}-${m}-amount`} inputMode="decimal" autoComplete="off" value={draft[m].amount} data-testid={`${p}-${m}-amount`}
          onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, [m]: { ...d[m], amount: v } })); }} />
      </Field>
      <button type="button" className="pay-rest" onClick={() => rest(m)} data-testid={`${p}-${m}-rest`}>{t('sale.restHere')}</button>
    </div>
  );

  return (
    <div className="pay-methods">
      <div className="row pay-quick">
        {METHODS.map((m) => (
          <button key={m} type="button" className="big" onClick={() => only(m)} data-testid={`${p}-all-${m}`}>{t(`sale.all.${m}`)}</button>
        ))}
      </div>
      <fieldset className={`card pay-method ${(read.amounts.cash ?? 0) > 0 ? 'pay-method-on' : ''}`}>
        <legend>{t('sale.method.cash')}</legend>
        {amountField('cash')}
        <Field id={`${p}-cash-tendered`} label={t('sale.tendered')} hint={t('sale.tenderedHint')} error={read.badTendered ? t('issues.tendered_short') : undefined}>
          <input id={`${p}-cash-tendered`} inputMode="decimal" autoComplete="off" value={draft.cash.tendered} data-testid={`${p}-cash-tendered`}
            onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, cash: { ...d.cash, tendered: v } })); }} />
        </Field>
      </fieldset>
      <fieldset className={`card pay-method ${upiPaise > 0 ? 'pay-method-on' : ''}`}>
        <legend>{t('sale.method.upi')}</legend>
        {amountField('upi')}
        <Field id={`${p}-upi-ref`} label={`${t('sale.upiRef')} (${t('common.optional')})`}>
          <input id={`${p}-upi-ref`} autoComplete="off" maxLength={60} value={draft.upi.ref} data-testid={`${p}-upi-ref`}
            onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, upi: { ...d.upi, ref: v } })); }} />
        </Field>
        <label className={draft.upi.received ? 'chip chip-on pay-received' : 'chip pay-received'}>
          <input type="checkbox" checked={draft.upi.received} disabled={upiPaise <= 0} data-testid={`${p}-upi-received`}
            onChange={(e) => { const v = e.target.checked; set((d) => ({ ...d, upi: { ...d.upi, received: v } })); }} />
          {t('sale.upiReceived')}
        </label>
      </fieldset>
      <fieldset className={`card pay-method ${(read.amounts.card ?? 0) > 0 ? 'pay-method-on' : ''}`}>
        <legend>{t('sale.method.card')}</legend>
        {amountField('card')}
        <Field id={`${p}-card-ref`} label={`${t('sale.cardRef')} (${t('common.optional')})`}>
          <input id={`${p}-card-ref`} autoComplete="off" maxLength={60} value={draft.card.ref} data-testid={`${p}-card-ref`}
            onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, card: { ...d.card, ref: v } })); }} />
        </Field>
      </fieldset>
    </div>
  );
}

/** To pay, still to collect (or fully paid), change to give, and the "tick UPI received" reminder. */
export function PaymentStatus(props: { totalPaise: number; draft: PaymentDraft; prefix?: string; totalLabel?: string }) {
  const { t } = useTranslation();
  const p = props.prefix ?? 'pay';
  const read = readPayments(props.draft, props.totalPaise);
  const upiPaise = read.amounts.upi ?? 0;
  return (
    <>
      <div className="card total-card">
        <span className="total-label">{props.totalLabel ?? t('sale.toPay')}</span>
        <Money paise={props.totalPaise} className="total-amount" />
      </div>
      <div className={`card total-card ${read.remaining === 0 ? 'pay-settled' : 'pay-due'}`} data-testid={`${p}-remaining`}>
        <span className="total-label">{read.remaining === 0 ? t('sale.settled') : read.remaining > 0 ? t('sale.remaining') : t('sale.overpaid')}</span>
        <Money paise={Math.abs(read.remaining)} className="pay-big" />
      </div>
      {read.changePaise > 0 ? (
        <div className="card total-card pay-change" data-testid={`${p}-change`}>
          <span className="total-label">{t('sale.change')}</span>
          <Money paise={read.changePaise} className="total-amount" />
        </div>
      ) : null}
      {upiPaise > 0 && !props.draft.upi.received ? <p className="banner banner-info">{t('sale.confirmUpiFirst')}</p> : null}
    </>
  );
}
