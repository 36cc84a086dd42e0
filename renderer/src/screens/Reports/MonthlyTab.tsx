import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport, PeriodTotals } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { dateShort, monthWords } from '../Rentals/dates';
import { MonthlyCsvButton } from './MonthlyCsvButton';
import { Row, RowsCard } from './Rows';
import { monthOf, useReport } from './useReport';

const qty = (milli: number) => (milli / 1000).toLocaleString('en-IN', { maximumFractionDigits: 3 });

/** महीने का हिसाब: a month's totals, by craft and by day (a bar a day), from the daily summaries. */
export function MonthlyTab() {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState('');
  useEffect(() => {
    void call('reports.getDayClose', {}).then((r) => setMonth((m) => m || (r.ok ? monthOf(r.value.date) : '')));
  }, []);
  const ok = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const report = useReport<MonthlyReport>(ok ? () => call('reports.getMonthly', { month }) : null, [month]);
  const m = report.value && report.value.month === month ? report.value : null;
  const max = m ? Math.max(1, ...m.byDay.map((d) => d.netSalesPaise)) : 1;
  const bills = m ? m.byDay.reduce((a, d) => a + d.bills, 0) : 0;
  const name = (k: { nameHi: string; nameEn: string }) => (i18n.language === 'en' ? k.nameEn || k.nameHi : k.nameHi || k.nameEn);

  return (
    <div className="rep-month" data-testid="report-month">
      <div className="rep-head row">
        <Field id="rep-month" label={t('report.month.month')}>
          <input id="rep-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} data-testid="rep-month" />
        </Field>
        {ok ? <strong className="rep-month-words">{monthWords(`${month}-01`, i18n.language)}</strong> : null}
        {m ? <MonthlyCsvButton month={month} /> : null}
      </div>
      {report.error ? <p className="banner banner-error" role="alert">{report.error}</p> : null}
      {!m && !report.error ? <p className="muted">{t('report.loading')}</p> : null}
      {m ? (
        <>
          <div className="rep-grid rep-month-grid">
            <RowsCard title={t('report.month.totals')} testId="rep-month-totals">
              <Row label={t('report.month.bills')} value={bills} />
              <TotalsRows p={m.totals} />
            </RowsCard>
            <section className="card rep-card" data-testid="rep-month-crafts">
              <h3>{t('report.month.byCraft')}</h3>
              {m.byCraft.length === 0 ? (
                <p className="muted">{t('report.month.empty')}</p>
              ) : (
                <table className="grid rep-table">
                  <thead>
                    <tr>
                      <th>{t('report.day.craft')}</th><th className="num">{t('report.day.qty')}</th><th className="num">{t('report.month.netSales')}</th>
                      <th className="num">{t('report.month.artisanShare')}</th><th className="num">{t('report.month.shopShare')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.byCraft.map((k) => (
                      <tr key={k.craftId}>
                        <td>{name(k)}</td><td className="num">{qty(k.qtyMilli - k.returnedMilli)}</td><td className="num"><Money paise={k.netSalesPaise} /></td>
                        <td className="num"><Money paise={k.artisanSharePaise - k.returnedSharePaise} /></td><td className="num"><Money paise={k.shopSharePaise} /></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>
          <section className="card rep-card" data-testid="rep-month-days">
            <h3>{t('report.month.byDay')}</h3>
            {m.byDay.length === 0 ? <p className="muted">{t('report.month.empty')}</p> : null}
            <table className="rep-days">
              <tbody>
                {m.byDay.map((d) => (
                  <tr key={d.date}>
                    <th scope="row">{dateShort(d.date, i18n.language)}</th>
                    <td className="num rep-days-bills">{t('report.month.billsN', { count: d.bills })}</td>
                    <td className="rep-bar-cell">
                      <span className="rep-bar" style={{ width: `${Math.max(0, (d.netSalesPaise / max) * 100)}%` }} />
                    </td>
                    <td className="num"><Money paise={d.netSalesPaise} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </div>
  );
}

function TotalsRows({ p }: { p: PeriodTotals }) {
  const { t } = useTranslation();
  return (
    <>
      <Row label={t('report.month.lines')} value={p.lines} />
      <Row label={t('report.month.gross')} paise={p.grossPaise} />
      <Row label={t('report.month.netPaise')} paise={p.netPaise} />
      <Row label={t('report.month.returned')} paise={p.returnedPaise} minus />
      <Row label={t('report.month.netSales')} paise={p.netSalesPaise} strong testId="rep-month-net" />
      <Row label={t('report.month.tax')} paise={p.taxPaise - p.returnedTaxPaise} />
      <Row label={t('report.month.artisanShare')} paise={p.artisanSharePaise - p.returnedSharePaise} />
      <Row label={t('report.month.shopShare')} paise={p.shopSharePaise} strong />
    </>
  );
}
