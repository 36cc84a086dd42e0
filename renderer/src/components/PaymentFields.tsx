import { useRef, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src/shared/api/sales';
import { Field } from './Field';
import { Money } from './Money';
import { METHODS, readPayments, rupeesText, withRest, type PaymentDraft, type ReadOptions } from './payments';

export type PaymentRead = ReturnType<typeof readPayments>;

/**
 * A money box selects what it holds when focused (by Tab or a click), so typing replaces the
 * prefilled amount; the click's own mouse-up would otherwise drop the selection again.
 */
export const selectOnFocus = {
  onFocus: (e: FocusEvent<HTMLInputElement>) => {
    e.currentTarget.select();
    e.currentTarget.dataset.justFocused = '1';
  },
  onMouseUp: (e: MouseEvent<HTMLInputElement>) => {
    if (e.currentTarget.dataset.justFocused) e.preventDefault();
    delete e.currentTarget.dataset.justFocused;
  },
};

/**
 * The money-taking boxes every counter screen shares (a sale, a rental's advance, pick-up,
 * a shortfall at return): "all cash / all UPI / all card", then cash with the cash given, UPI
 * with its reference and "received", card with its slip number. `prefix` names the test
 * ids and element ids ('pay' on the Sell screen), so two screens' fields never clash.
 * `autoRest` (the Sell screen): typing into one method puts the rest of the bill on the other.
 */
export function PaymentMethodFields(props: {
  draft: PaymentDraft;
  onDraft: (patch: (d: PaymentDraft) => PaymentDraft) => void;
  totalPaise: number;
  /** Errors from the core for each method's payment line. */
  errors?: Partial<Record<PaymentMethod, string>>;
  prefix?: string;
  opts?: ReadOptions;
  autoRest?: boolean;
  /** Enter in one of the boxes (the Sell screen moves on or finishes). */
  onEnter?: () => void;
  /** The confirm buttons and the UPI limit's offer are shown elsewhere (beside the QR on the Sell screen). */
  confirmElsewhere?: boolean;
}) {
  const { t } = useTranslation();
  const p = props.prefix ?? 'pay';
  const { draft, totalPaise } = props;
  const read = readPayments(draft, totalPaise, props.opts);
  const upiPaise = read.amounts.upi ?? 0;
  const set = props.onDraft;
  // The methods in the order the cashier typed into them, last typed last.
  const typed = useRef<PaymentMethod[]>([]);
  const only = (m: PaymentMethod) => {
    typed.current = [];
    set((d) => ({
      cash: { ...d.cash, amount: m === 'cash' ? rupeesText(totalPaise) : '' },
      upi: { ...d.upi, amount: m === 'upi' ? rupeesText(totalPaise) : '', split: false, got: 0 },
      card: { ...d.card, amount: m === 'card' ? rupeesText(totalPaise) : '' },
    }));
  };
  const rest = (m: PaymentMethod) => {
    const others = METHODS.filter((x) => x !== m).reduce((s, x) => s + (read.amounts[x] ?? 0), 0);
    const left = Math.max(0, totalPaise - others);
    set((d) => ({ ...d, [m]: { ...d[m], amount: left ? rupeesText(left) : '' } }));
  };
  const type = (m: PaymentMethod, v: string) => {
    typed.current = [...typed.current.filter((x) => x !== m), m];
    set((d) => (props.autoRest ? withRest(d, m, v, totalPaise, typed.current) : { ...d, [m]: { ...d[m], amount: v } }));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && props.onEnter) {
      e.preventDefault();
      props.onEnter();
    }
  };
  const amountField = (m: PaymentMethod) => (
    <div className="pay-amount">
      <Field id={`${p}-${m}-amount`} label={t('sale.amountRs')} error={read.amounts[m] === null ? t('issues.amount') : props.errors?.[m]}>
        <input id={`${p}-${m}-amount`} inputMode="decimal" autoComplete="off" value={draft[m].amount} data-testid={`${p}-${m}-amount`} {...selectOnFocus} onKeyDown={onKey}
          onChange={(e) => type(m, e.target.value)} />
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
        <Field id={`${p}-cash-tendered`} label={t('sale.tendered')} hint={props.confirmElsewhere ? undefined : t('sale.tenderedHint')} error={read.badTendered ? t('issues.tendered_short') : undefined}>
          <input id={`${p}-cash-tendered`} inputMode="decimal" autoComplete="off" value={draft.cash.tendered} data-testid={`${p}-cash-tendered`} {...selectOnFocus} onKeyDown={onKey}
            onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, cash: { ...d.cash, tendered: v } })); }} />
        </Field>
      </fieldset>
      <fieldset className={`card pay-method ${upiPaise > 0 ? 'pay-method-on' : ''}`}>
        <legend>{t('sale.method.upi')}</legend>
        {amountField('upi')}
        <Field id={`${p}-upi-ref`} label={`${t('sale.upiRef')} (${t('common.optional')})`}>
          <input id={`${p}-upi-ref`} autoComplete="off" maxLength={60} value={draft.upi.ref} data-testid={`${p}-upi-ref`} onKeyDown={onKey}
            onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, upi: { ...d.upi, ref: v } })); }} />
        </Field>
        {props.confirmElsewhere ? null : (
          <>
            <UpiLimitOffer draft={draft} onDraft={set} read={read} prefix={p} />
            <UpiConfirm draft={draft} onDraft={set} read={read} prefix={p} />
          </>
        )}
      </fieldset>
      <fieldset className={`card pay-method ${(read.amounts.card ?? 0) > 0 ? 'pay-method-on' : ''}`}>
        <legend>{t('sale.method.card')}</legend>
        {amountField('card')}
        <Field id={`${p}-card-ref`} label={`${t('sale.cardRef')} (${t('common.optional')})`}>
          <input id={`${p}-card-ref`} autoComplete="off" maxLength={60} value={draft.card.ref} data-testid={`${p}-card-ref`} onKeyDown={onKey}
            onChange={(e) => { const v = e.target.value; set((d) => ({ ...d, card: { ...d.card, ref: v } })); }} />
        </Field>
        {props.opts?.confirmCard && !props.confirmElsewhere ? <CardConfirm draft={draft} onDraft={set} read={read} prefix={p} /> : null}
      </fieldset>
    </div>
  );
}

/** The draft with the next UPI payment confirmed (one of a split, or the whole UPI part). */
export function confirmUpi(d: PaymentDraft): PaymentDraft {
  return d.upi.split ? { ...d, upi: { ...d.upi, got: (d.upi.got ?? 0) + 1 } } : { ...d, upi: { ...d.upi, received: true } };
}

/**
 * "UPI received": one tap when the money shows on the shop's phone (a checkbox to assistive
 * technology, so it can be unticked again); for a split UPI part, one tap a payment.
 */
export function UpiConfirm(props: {
  draft: PaymentDraft;
  onDraft: (patch: (d: PaymentDraft) => PaymentDraft) => void;
  read: PaymentRead;
  prefix: string;
  /** After the tap, with the draft it made (the Sell screen finishes the sale when nothing else is owed). */
  onConfirmed?: (next: PaymentDraft) => void;
  big?: boolean;
  buttonRef?: React.Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  const { read, draft } = props;
  if ((read.amounts.upi ?? 0) <= 0 || read.upiOverLimit) return null;
  const n = read.upiParts.length;
  const on = read.upiConfirmed;
  const cls = `pay-received ${props.big ? 'primary big' : ''} ${on ? 'chip-on' : ''}`;
  if (draft.upi.split && n > 1) {
    const k = Math.min(read.upiGot + 1, n);
    return (
      <button type="button" ref={props.buttonRef} className={cls} disabled={on} data-testid={`${props.prefix}-upi-received`}
        onClick={() => {
          const next = confirmUpi(draft);
          props.onDraft(() => next);
          props.onConfirmed?.(next);
        }}>
        {on ? t('counter.upiGot') : t('counter.upiGotPart', { k, n })}
      </button>
    );
  }
  return (
    <button type="button" role="checkbox" aria-checked={on} ref={props.buttonRef} className={cls} data-testid={`${props.prefix}-upi-received`}
      onClick={() => {
        const next = { ...draft, upi: { ...draft.upi, received: !draft.upi.received } };
        props.onDraft(() => next);
        if (next.upi.received) props.onConfirmed?.(next);
      }}>
      <span className="pay-tick" aria-hidden="true">{on ? '✓' : ''}</span>
      {t('counter.upiGot')}
    </button>
  );
}

/** "Card approved" for the card part, when the screen asks for it (ReadOptions.confirmCard). */
export function CardConfirm(props: {
  draft: PaymentDraft;
  onDraft: (patch: (d: PaymentDraft) => PaymentDraft) => void;
  read: PaymentRead;
  prefix: string;
  onConfirmed?: (next: PaymentDraft) => void;
  big?: boolean;
  buttonRef?: React.Ref<HTMLButtonElement>;
}) {
  const { t } = useTranslation();
  const { read, draft } = props;
  if ((read.amounts.card ?? 0) <= 0) return null;
  const on = Boolean(draft.card.received);
  return (
    <button type="button" role="checkbox" aria-checked={on} ref={props.buttonRef} className={`pay-received ${props.big ? 'primary big' : ''} ${on ? 'chip-on' : ''}`} data-testid={`${props.prefix}-card-received`}
      onClick={() => {
        const next = { ...draft, card: { ...draft.card, received: !on } };
        props.onDraft(() => next);
        if (next.card.received) props.onConfirmed?.(next);
      }}>
      <span className="pay-tick" aria-hidden="true">{on ? '✓' : ''}</span>
      {t('counter.cardGot')}
    </button>
  );
}

/** Above the shop's UPI limit: say so, and offer several UPI payments or the excess by cash or card. */
export function UpiLimitOffer(props: { draft: PaymentDraft; onDraft: (patch: (d: PaymentDraft) => PaymentDraft) => void; read: PaymentRead; prefix: string }) {
  const { t, i18n } = useTranslation();
  const { read } = props;
  if (!read.upiOverLimit) return null;
  const upi = read.amounts.upi ?? 0;
  const limit = read.upiLimitPaise;
  const excess = upi - limit;
  const fmt = (paise: number) => new Intl.NumberFormat(i18n.language === 'en' ? 'en-IN' : 'hi-IN', { style: 'currency', currency: 'INR' }).format(paise / 100);
  const n = Math.ceil(upi / limit);
  const move = (m: 'cash' | 'card') =>
    props.onDraft((d) => {
      const had = readPayments(d, Number.MAX_SAFE_INTEGER).amounts[m] ?? 0;
      return { ...d, upi: { ...d.upi, amount: rupeesText(limit), received: false, got: 0 }, [m]: { ...d[m], amount: rupeesText(had + excess) } };
    });
  return (
    <div className="banner banner-error pay-limit" role="alert" data-testid={`${props.prefix}-upi-limit`}>
      <p>{t('counter.overLimit', { amount: fmt(upi), limit: fmt(limit) })}</p>
      <div className="row">
        <button type="button" onClick={() => props.onDraft((d) => ({ ...d, upi: { ...d.upi, split: true, got: 0, received: false } }))} data-testid={`${props.prefix}-upi-split`}>{t('counter.splitUpi', { n })}</button>
        <button type="button" onClick={() => move('cash')} data-testid={`${props.prefix}-upi-excess-cash`}>{t('counter.excessCash', { amount: fmt(excess) })}</button>
        <button type="button" onClick={() => move('card')} data-testid={`${props.prefix}-upi-excess-card`}>{t('counter.excessCard', { amount: fmt(excess) })}</button>
      </div>
    </div>
  );
}

/** To pay, still to collect (or fully paid, once every non-cash part is confirmed), change to give. */
export function PaymentStatus(props: { totalPaise: number; draft: PaymentDraft; prefix?: string; totalLabel?: string; opts?: ReadOptions; compact?: boolean }) {
  const { t } = useTranslation();
  const p = props.prefix ?? 'pay';
  const read = readPayments(props.draft, props.totalPaise, props.opts);
  const upiPaise = read.amounts.upi ?? 0;
  const unconfirmed = (read.upiConfirmed ? 0 : read.upiParts.slice(read.upiGot).reduce((s, x) => s + x, 0)) + (read.cardConfirmed ? 0 : read.amounts.card ?? 0);
  const waiting = read.remaining === 0 && !read.settled;
  return (
    <>
      <div className="card total-card">
        <span className="total-label">{props.totalLabel ?? t('sale.toPay')}</span>
        <Money paise={props.totalPaise} className="total-amount" />
      </div>
      <div className={`card total-card ${read.settled ? 'pay-settled' : 'pay-due'}`} data-testid={`${p}-remaining`}>
        <span className="total-label">{read.settled ? t('sale.settled') : waiting ? t('counter.waitConfirm') : read.remaining > 0 ? t('sale.remaining') : t('sale.overpaid')}</span>
        <Money paise={waiting ? unconfirmed : Math.abs(read.remaining)} className="pay-big" />
      </div>
      {read.changePaise > 0 ? (
        <div className="card total-card pay-change" data-testid={`${p}-change`}>
          <span className="total-label">{t('sale.change')}</span>
          <Money paise={read.changePaise} className="total-amount" />
        </div>
      ) : null}
      {!props.compact && upiPaise > 0 && !read.upiConfirmed ? <p className="banner banner-info">{t('sale.confirmUpiFirst')}</p> : null}
    </>
  );
}
