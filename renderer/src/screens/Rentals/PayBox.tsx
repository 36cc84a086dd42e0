import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../../src/shared/api/sales';
import { Money } from '../../components/Money';
import { PaymentMethodFields, PaymentStatus } from '../../components/PaymentFields';
import { paymentLines, readPayments, type PaymentDraft } from '../../components/payments';
import { UpiQr } from '../Sell/UpiQr';
import { useRentals } from './context';

/**
 * Taking money for a rental the way the Sell screen takes it (the same boxes): cash with change,
 * UPI with the shop's QR for exactly the UPI part, card, or a split. `exact`: the amount must be
 * paid in full (pick-up, walk-in, a shortfall); otherwise any amount up to it (an advance).
 */
export function PayBox(props: {
  prefix: string;
  totalPaise: number;
  draft: PaymentDraft;
  onDraft: (patch: (d: PaymentDraft) => PaymentDraft) => void;
  errors?: Partial<Record<PaymentMethod, string>>;
  totalLabel: string;
  note: string;
  /** An advance: any part of the amount now, the rest at pick-up. */
  upTo?: boolean;
}) {
  const { billing } = useRentals();
  const { t } = useTranslation();
  const read = readPayments(props.draft, props.totalPaise);
  const upi = read.amounts.upi ?? 0;
  return (
    <div className="pay-layout rent-pay" data-testid={`${props.prefix}-box`}>
      <PaymentMethodFields prefix={props.prefix} draft={props.draft} onDraft={props.onDraft} totalPaise={props.totalPaise} errors={props.errors} />
      <aside className="pay-side">
        {props.upTo ? (
          <>
            <div className="card total-card">
              <span className="total-label">{props.totalLabel}</span>
              <Money paise={props.totalPaise} className="total-amount" />
            </div>
            <div className={`card total-card ${read.paid > props.totalPaise ? 'pay-due' : 'pay-settled'}`} data-testid={`${props.prefix}-now`}>
              <span className="total-label">{t('rental.advanceNow')}</span>
              <Money paise={read.paid} className="pay-big" />
            </div>
            <div className="card total-card" data-testid={`${props.prefix}-left`}>
              <span className="total-label">{t('rental.advanceLeft')}</span>
              <Money paise={Math.max(0, props.totalPaise - read.paid)} className="pay-big" />
            </div>
            {read.paid > props.totalPaise ? <p className="banner banner-error" role="alert">{t('issues.advance_over_total')}</p> : null}
            {read.changePaise > 0 ? (
              <div className="card total-card pay-change" data-testid={`${props.prefix}-change`}>
                <span className="total-label">{t('sale.change')}</span>
                <Money paise={read.changePaise} className="total-amount" />
              </div>
            ) : null}
            {upi > 0 && !props.draft.upi.received ? <p className="banner banner-info">{t('sale.confirmUpiFirst')}</p> : null}
          </>
        ) : (
          <PaymentStatus prefix={props.prefix} totalPaise={props.totalPaise} draft={props.draft} totalLabel={props.totalLabel} />
        )}
        {upi > 0 ? (
          <div className="card pay-upi">
            <h3>{t('sale.scanToPay')}</h3>
            <UpiQr billing={billing} amountPaise={upi} note={props.note} testId={`${props.prefix}-upi-qr`} size="small" />
          </div>
        ) : null}
      </aside>
    </div>
  );
}

/** Whether what was typed can be sent: exact (all of it) or, for an advance, anything from ₹0.01 up to it. */
export function payReady(draft: PaymentDraft, totalPaise: number, exact: boolean): boolean {
  const r = readPayments(draft, totalPaise);
  if (exact) return totalPaise === 0 || r.ready;
  const amountsOk = r.amounts.cash !== null && r.amounts.upi !== null && r.amounts.card !== null;
  return amountsOk && r.paid > 0 && r.paid <= totalPaise && !r.badTendered && ((r.amounts.upi ?? 0) === 0 || draft.upi.received);
}

/** The payments to send and which method each line is (to place the core's errors on the right box). */
export function payLines(draft: PaymentDraft, totalPaise: number) {
  return paymentLines(draft, totalPaise);
}

/** The core's errors on payments.N, put back on the method boxes they came from. */
export function payErrors(sent: PaymentMethod[], fieldAt: (path: string) => string | undefined, base = 'payments'): Partial<Record<PaymentMethod, string>> {
  const out: Partial<Record<PaymentMethod, string>> = {};
  sent.forEach((m, i) => {
    const e = fieldAt(`${base}.${i}`);
    if (e) out[m] = e;
  });
  return out;
}
