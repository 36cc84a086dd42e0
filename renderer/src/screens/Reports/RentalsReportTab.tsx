import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentalReport } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { A4Button } from '../../components/A4Button';
import { DateField } from '../../components/DateField';
import { downloadText } from '../../components/download';
import { Row, RowsCard } from './Rows';
import { useReport } from './useReport';
import { langOf } from '../../i18n/lang';

/** किराया: rental income over dates by kind, her share and the group's, and apart from it what is held for customers. */
export function RentalsReportTab() {
  const { t, i18n } = useTranslation();
  const [today, setToday] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    void call('reports.getDayClose', {}).then((r) => {
      if (!r.ok) return;
      setToday(r.value.date);
      setFrom((f) => f || `${r.value.date.slice(0, 8)}01`);
      setTo((x) => x || r.value.date);
    });
  }, []);
  const ready = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to);
  const report = useReport<RentalReport>(ready ? () => call('rentals.report', { from, to }) : null, [from, to]);
  const r = report.value && report.value.from === from && report.value.to === to ? report.value : null;
  async function csv() {
    const f = await call('rentals.exportReport', { from, to });
    if (f.ok) downloadText(f.value.fileName, f.value.csv);
  }
  const income = r ? r.rentPaise + r.lateFeePaise + r.damagePaise + r.cancelKeptPaise : 0;

  return (
    <div className="rep-rent" data-testid="report-rentals">
      <div className="rep-head row">
        <DateField id="rep-from" label={t('report.rentals.from')} value={from} onChange={setFrom} today={today} testId="rep-from" />
        <DateField id="rep-to" label={t('report.rentals.to')} value={to} onChange={setTo} today={today} testId="rep-to" />
        {r ? (
          <div className="rep-csv">
            <button type="button" onClick={() => void csv()} data-testid="rep-rent-csv">{t('report.rentals.csv')}</button>
            <A4Button method="pages.rentalsReport" input={{ from, to, lang: langOf(i18n.language) }} label={t('xlsx.pdf')} testId="rep-rent-a4" />
          </div>
        ) : null}
      </div>
      {report.error ? <p className="banner banner-error" role="alert">{report.error}</p> : null}
      {!r && !report.error ? <p className="muted">{t('report.loading')}</p> : null}
      {r ? (
        <div className="rep-grid">
          <RowsCard title={t('report.rentals.income')} testId="rep-rent-income">
            <Row label={t('report.rentals.count')} value={r.rentals} />
            <Row label={t('report.rentals.rent')} paise={r.rentPaise} />
            <Row label={t('report.rentals.lateFee')} paise={r.lateFeePaise} />
            <Row label={t('report.rentals.damage')} paise={r.damagePaise} />
            <Row label={t('report.rentals.cancelKept')} paise={r.cancelKeptPaise} />
            <Row label={t('report.rentals.total')} paise={income} strong testId="rep-rent-total" />
            <Row label={t('report.rentals.artisanShare')} paise={r.artisanSharePaise} />
            {r.gstPaise ? <Row label={t('report.rentals.gst')} paise={r.gstPaise} testId="rep-rent-gst" /> : null}
            <Row label={t('report.rentals.group')} paise={r.groupPaise} strong />
          </RowsCard>
          <RowsCard title={t('report.rentals.held')} className="rep-held-card" testId="rep-rent-held" note={<p className="hint">{t('report.rentals.heldNote')}</p>}>
            <Row label={t('report.rentals.deposits')} paise={r.depositsHeldPaise} strong testId="rep-rent-deposits" />
            <Row label={t('report.rentals.advances')} paise={r.advancesHeldPaise} strong testId="rep-rent-advances" />
          </RowsCard>
        </div>
      ) : null}
    </div>
  );
}
