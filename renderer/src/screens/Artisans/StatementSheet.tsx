import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArtisanStatement } from '../../../../src/shared/api/payouts';
import { Money } from '../../components/Money';
import { showQty } from './format';
import { showDate } from './payoutDates';

/** Her statement as one card that also prints on its own: goods in and out, then her account from opening to closing. */
export function StatementSheet(props: { s: ArtisanStatement; name: string; village: string; shopName: string }) {
  const { t } = useTranslation();
  const s = props.s;
  const row = (key: string, label: string, qty: number | null, money: ReactNode) => (
    <tr data-testid={`stmt-${key}`}>
      <th scope="row">{label}</th>
      <td className="num stmt-qty">{qty === null ? '' : showQty(qty)}</td>
      <td className="num">{money}</td>
    </tr>
  );
  const signed = (paise: number, sign: '+' | '−') => (
    <>
      <span className="stmt-sign">{sign}</span> <Money paise={paise} />
    </>
  );
  return (
    <article className="card stmt-sheet" data-testid="statement-sheet">
      <header className="stmt-head">
        {props.shopName ? <p className="stmt-shop">{props.shopName}</p> : null}
        <h3>{t('payout.statementOf', { name: props.name })}</h3>
        {props.village ? <p className="muted stmt-p">{props.village}</p> : null}
        <p className="stmt-p">{t('payout.periodFromTo', { from: showDate(s.from), to: showDate(s.to) })}</p>
      </header>
      <div className="stmt-cols">
        <table className="grid stmt-table">
          <caption>{t('payout.goods')}</caption>
          <thead>
            <tr>
              <th />
              <th className="num">{t('payout.qty')}</th>
              <th className="num">{t('payout.value')}</th>
            </tr>
          </thead>
          <tbody>
            {row('received', t('payout.received'), s.receivedMilli, <Money paise={s.receivedValuePaise} />)}
            {row('sold', t('payout.sold'), s.soldMilli, <Money paise={s.salesPaise} />)}
            {row('returnedByCustomers', t('payout.returnedByCustomers'), s.returnedByCustomersMilli, '')}
            {row('returnedToHer', t('payout.returnedToHer'), s.returnedToHerMilli, '')}
            {row('onHand', t('payout.onHandNow'), s.onHandMilli, <Money paise={s.onHandValuePaise} />)}
          </tbody>
        </table>
        <table className="grid stmt-table stmt-account">
          <caption>{t('payout.account')}</caption>
          <tbody>
            {row('opening', t('payout.opening', { date: showDate(s.from) }), null, <Money paise={s.openingBalancePaise} />)}
            {row('earned', t('payout.earned'), null, signed(s.earnedPaise, '+'))}
            {row('paid', t('payout.paidOut'), null, signed(s.paidPaise, '−'))}
            {row('adjustments', t('payout.adjustments'), null, s.adjustmentsPaise < 0 ? signed(-s.adjustmentsPaise, '−') : signed(s.adjustmentsPaise, '+'))}
          </tbody>
          <tfoot>
            {row('closing', t('payout.closing', { date: showDate(s.to) }), null, <Money paise={s.closingBalancePaise} className="stmt-closing" />)}
          </tfoot>
        </table>
      </div>
      <p className="hint stmt-p stmt-note">{t('payout.statementNote')}</p>
      <footer className="stmt-sign-line">
        <span>{t('payout.signManager')}</span>
        <span>{t('payout.signArtisan')}</span>
      </footer>
    </article>
  );
}
