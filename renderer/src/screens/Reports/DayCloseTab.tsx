import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayCloseReport } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { Money } from '../../components/Money';
import type { Role } from '../../../../src/shared/api/define';
import type { TillSettings, TillStatus } from '../../../../src/shared/api/till';
import { CashMovesCard } from './CashMovesCard';
import { CloseDayBox } from './CloseDayBox';
import { CloseLimitCard } from './CloseLimitCard';
import { OpenDayBox } from './OpenDayBox';
import { Row, RowsCard } from './Rows';
import { useReport } from './useReport';

const rate = (bps: number) => `${(bps / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`;
const qty = (milli: number) => (milli / 1000).toLocaleString('en-IN', { maximumFractionDigits: 3 });

/**
 * दिन का हिसाब: one shop day laid out plainly (bills, payments, returns, payouts, GST, crafts,
 * rentals with what is held apart from income, the drawer), then the count and the close.
 */
export function DayCloseTab({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [today, setToday] = useState('');
  const [date, setDate] = useState('');
  // "Today" is the shop's day as the core says (its clock and time zone), never this computer's.
  useEffect(() => {
    void call('reports.getDayClose', {}).then((r) => {
      if (r.ok) {
        setToday(r.value.date);
        setDate((d) => d || r.value.date);
      }
    });
  }, []);
  const report = useReport<DayCloseReport>(date ? () => call('reports.getDayClose', { date }) : null, [date]);
  const d = report.value && report.value.date === date ? report.value : null;
  // The counter's day (tomorrow once today is closed) and the owner's limit for a difference.
  const till = useReport<TillStatus>(() => call('till.status', {}), [report.value]);
  const settings = useReport<TillSettings>(() => call('till.getSettings', {}), []);
  const live = !!d && !d.closed && till.value?.tradingDay === d.date;

  return (
    <div className="rep-day" data-testid="report-day">
      <div className="rep-head">
        <DateField id="rep-date" label={t('report.day.date')} value={date} onChange={setDate} today={today} testId="rep-date" />
      </div>
      {report.error ? <p className="banner banner-error" role="alert">{report.error}</p> : null}
      {!d && !report.error ? <p className="muted">{t('report.loading')}</p> : null}
      {d ? (
        <>
          <OpenDayBox opened={d.opened} canOpen={live} onOpened={report.reload} />
          <div className="rep-cols">
            <SalesCard d={d} />
            <PaymentsCard d={d} />
            <ReturnsCard d={d} />
            <PayoutsCard d={d} />
            <GstCard d={d} />
            <CraftCard d={d} />
            <RentalsCard d={d} />
            <OrdersCard d={d} />
          </div>
          <div className="rep-end">
            <div className="rep-end-side">
              <DrawerCard d={d} />
              <CashMovesCard moves={d.cashMoves} canMove={live && !!d.opened} onMoved={report.reload} />
              {role === 'owner' && settings.value ? <CloseLimitCard settings={settings.value} onSaved={settings.reload} /> : null}
            </div>
            <CloseDayBox key={d.date} report={d} today={today} limitPaise={settings.value?.closeLimitPaise ?? null} onClosed={report.reload} />
          </div>
        </>
      ) : null}
    </div>
  );
}

function SalesCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  return (
    <RowsCard title={t('report.day.sales')} testId="rep-sales">
      <Row label={t('report.day.bills')} value={<span data-testid="rep-bills">{d.bills.count}</span>} />
      {d.bills.firstNo ? <tr className="rep-row"><td colSpan={2} className="muted rep-billno">{t('report.day.billRange', { first: d.bills.firstNo, last: d.bills.lastNo ?? '' })}</td></tr> : null}
      <Row label={t('report.day.lines')} value={d.lines} />
      <Row label={t('report.day.gross')} paise={d.grossSalesPaise} />
      <Row label={t('report.day.discounts')} paise={d.discountsPaise} minus />
      <Row label={t('report.day.salesTotal')} paise={d.salesPaise} />
      <Row label={t('report.day.returnsValue')} paise={d.returns.valuePaise} minus />
      <Row label={t('report.day.netSales')} paise={d.netSalesPaise} strong testId="rep-net-sales" />
      <Row label={t('report.day.taxIn')} paise={d.taxPaise - d.returns.taxPaise} />
    </RowsCard>
  );
}

function PaymentsCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  return (
    <RowsCard title={t('report.day.payments')} testId="rep-payments">
      {d.payments.length === 0 ? <Row label={t('report.none')} value="" /> : null}
      {d.payments.map((p) => (
        <Row key={p.method} label={`${t(`sale.method.${p.method}`)} (${p.count})`} paise={p.amountPaise} testId={`rep-pay-${p.method}`} />
      ))}
    </RowsCard>
  );
}

function ReturnsCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  const r = d.returns;
  return (
    <RowsCard title={t('report.day.returns')} testId="rep-returns">
      <Row label={t('report.day.returnCount')} value={r.count} />
      <Row label={t('report.day.returnsValue')} paise={r.valuePaise} />
      {r.refunds.map((p) => (
        <Row key={p.method} label={`${t('report.day.refunds')}: ${t(`sale.method.${p.method}`)} (${p.count})`} paise={p.amountPaise} minus />
      ))}
      {r.exchangeCreditPaise ? <Row label={t('report.day.exchangeCredit')} paise={r.exchangeCreditPaise} /> : null}
    </RowsCard>
  );
}

/** Custom orders' advances: held for customers (not income) until a delivery's bill uses them or a cancel keeps them. */
function OrdersCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  const o = d.orders;
  return (
    <section className="card rep-card" data-testid="rep-orders">
      <h3>{t('orders.day.title')}</h3>
      <table className="rep-rows">
        <tbody>
          <Row label={t('orders.day.taken')} paise={o.advancesTakenPaise} />
          <Row label={t('orders.day.applied')} paise={o.appliedPaise} minus />
          {o.refundedPaise ? <Row label={t('orders.day.refunded')} paise={o.refundedPaise} minus /> : null}
          {o.keptPaise ? <Row label={t('orders.day.kept')} paise={o.keptPaise} /> : null}
          <Row label={t('orders.day.held')} paise={o.advancesHeldPaise} strong testId="rep-order-advances-held" />
        </tbody>
      </table>
      <p className="hint">{t('orders.heldNote')}</p>
    </section>
  );
}

function RentalsCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  const r = d.rentals;
  return (
    <section className="card rep-card rep-rentals" data-testid="rep-rentals">
      <h3>{t('report.day.rentals')}</h3>
      <table className="rep-rows">
        <tbody>
          <Row label={t('report.day.pickedUp')} value={r.pickedUp} />
          <Row label={t('report.day.returned')} value={r.returned} />
          <Row label={t('report.day.rent')} paise={r.rentPaise} />
          {r.lateFeePaise ? <Row label={t('report.day.lateFee')} paise={r.lateFeePaise} /> : null}
          {r.damagePaise ? <Row label={t('report.day.damage')} paise={r.damagePaise} /> : null}
          {r.cancelKeptPaise ? <Row label={t('report.day.cancelKept')} paise={r.cancelKeptPaise} /> : null}
          <Row label={t('report.day.incomeTotal')} paise={r.incomePaise} strong testId="rep-rental-income" />
          {r.taxPaise ? <Row label={t('report.rentals.gst')} paise={r.taxPaise} testId="rep-rental-gst" /> : null}
        </tbody>
      </table>
      <div className="rep-held" data-testid="rep-held">
        <h4>{t('report.day.held')}</h4>
        <table className="rep-rows">
          <tbody>
            <Row label={t('report.day.depositsTaken')} paise={r.depositsTakenPaise} />
            <Row label={t('report.day.depositsReleased')} paise={r.depositsReleasedPaise} minus />
            <Row label={t('report.day.depositsHeld')} paise={r.depositsHeldPaise} strong testId="rep-deposits-held" />
            {r.advancesTakenPaise ? <Row label={t('report.day.advancesTaken')} paise={r.advancesTakenPaise} /> : null}
            <Row label={t('report.day.advancesHeld')} paise={r.advancesHeldPaise} strong testId="rep-advances-held" />
          </tbody>
        </table>
        <p className="hint">{t('report.day.heldNote')}</p>
      </div>
      {r.payments.length ? (
        <>
          <h4>{t('report.day.rentalMoney')}</h4>
          <table className="rep-rows">
            <tbody>
              {r.payments.map((p) => (
                <Row key={p.method} label={t(`sale.method.${p.method}`)} paise={p.amountPaise} />
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function DrawerCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  const c = d.cash;
  return (
    <section className="card rep-card rep-drawer" data-testid="rep-drawer">
      <h3>{t('report.day.drawer')}</h3>
      <table className="rep-rows">
        <tbody>
          <Row label={t('report.day.opening')} paise={c.openingPaise} />
          {d.opened ? <Row label={t('till.float')} paise={d.opened.floatPaise} testId="rep-float" /> : null}
          <Row label={`+ ${t('report.day.cashIn')}`} paise={c.inPaise} />
          <Row label={t('report.day.cashOut')} paise={c.outPaise} minus />
          <Row label={`= ${t('report.day.expected')}`} value={<Money paise={c.expectedPaise} className="rep-big" />} strong testId="rep-expected" />
        </tbody>
      </table>
      {c.byKind.length ? (
        <ul className="rep-kinds">
          {c.byKind.map((k) => (
            <li key={k.kind}>
              <span>{t(`report.day.kinds.${k.kind}`, { defaultValue: k.kind })}</span> <Money paise={k.amountPaise} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function GstCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  return (
    <section className="card rep-card" data-testid="rep-gst">
      <h3>{t('report.day.gst')}</h3>
      {d.tax.length === 0 ? (
        <p className="muted">{t('report.day.noGst')}</p>
      ) : (
        <table className="grid rep-table">
          <thead>
            <tr><th>{t('report.day.rate')}</th><th className="num">{t('report.day.taxable')}</th><th className="num">{t('report.day.cgst')}</th><th className="num">{t('report.day.sgst')}</th></tr>
          </thead>
          <tbody>
            {d.tax.map((r) => (
              <tr key={r.rateBps}>
                <td>{rate(r.rateBps)}</td><td className="num"><Money paise={r.taxablePaise} /></td><td className="num"><Money paise={r.cgstPaise} /></td><td className="num"><Money paise={r.sgstPaise} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CraftCard({ d }: { d: DayCloseReport }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card rep-card" data-testid="rep-crafts">
      <h3>{t('report.day.byCraft')}</h3>
      {d.byCraft.length === 0 ? (
        <p className="muted">{t('report.day.noCraft')}</p>
      ) : (
        <table className="grid rep-table">
          <thead>
            <tr><th>{t('report.day.craft')}</th><th className="num">{t('report.day.qty')}</th><th className="num">{t('report.day.net')}</th></tr>
          </thead>
          <tbody>
            {d.byCraft.map((k) => (
              <tr key={k.craftId}>
                <td>{i18n.language === 'en' ? k.nameEn || k.nameHi : k.nameHi || k.nameEn}</td>
                <td className="num">{qty(k.qtyMilli - k.returnedMilli)}</td>
                <td className="num"><Money paise={k.netSalesPaise} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PayoutsCard({ d }: { d: DayCloseReport }) {
  const { t } = useTranslation();
  return (
    <RowsCard title={t('report.day.payouts')} testId="rep-payouts">
      <Row label={t('report.day.payoutCount')} value={d.payouts.count} />
      {d.payouts.byMethod.map((p) => (
        <Row key={p.method} label={`${t(`report.day.payoutMethods.${p.method}`)} (${p.count})`} paise={p.amountPaise} minus />
      ))}
    </RowsCard>
  );
}
