/**
 * रिपोर्ट किसी भी अवधि की: pick the dates and the report; each section shows its chart beside its
 * sortable table; CSV per section and the whole report as an A4 PDF, all from the one model the core made.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RANGE_REPORTS, type RangeReport, type RangeReportKind } from '../../../../src/shared/api/range-reports';
import { presetRange, rangeProblem } from '../../../../src/shared/report-range';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { printA4 } from '../../components/printA4';
import { useApiError } from '../../components/useApiError';
import { shopDate } from '../../shopZone';
import { dateWords } from '../Rentals/dates';
import { RangePicker, type RangeChoice } from './RangePicker';
import { ReportSectionView } from './ReportSectionView';
import { useReport } from './useReport';
import { langOf } from '../../i18n/lang';

export function RangeTab() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const showError = useApiError();
  const today = shopDate();
  const [kind, setKind] = useState<RangeReportKind>('salesByDay');
  const [range, setRange] = useState<RangeChoice>(() => ({ preset: 'month', ...presetRange('month', today) }));
  const [slowDays, setSlowDays] = useState(90);
  const [actionError, setActionError] = useState('');
  const problem = rangeProblem(range.from, range.to, today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}-\d{2}$/.test(range.to);
  const input = { kind, from: range.from, to: range.to, slowDays };
  const report = useReport<RangeReport>(valid && !problem ? () => call('reports.getRange', input) : null, [kind, range.from, range.to, slowDays]);
  useEffect(() => setActionError(''), [kind, range.from, range.to]);
  const r = report.value && report.value.kind === kind && report.value.from === range.from && report.value.to === range.to ? report.value : null;
  const problemText = problem ? showError({ code: problem, details: { from: range.from, to: range.to, today } }).message : '';

  async function csv(section: string) {
    setActionError('');
    const x = await call('reports.exportRange', { ...input, section });
    if (x.ok) downloadText(x.value.fileName, x.value.csv);
    else setActionError(showError(x.error).message);
  }
  async function pdf() {
    setActionError('');
    const x = await call('reports.printRange', { ...input, lang });
    if (x.ok) printA4(x.value.html, x.value.fileName);
    else setActionError(showError(x.error).message);
  }

  return (
    <div className="rep-range-tab" data-testid="report-range">
      <div className="rep-head row">
        <label className="field rep-kind">
          <span>{t('range.report')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as RangeReportKind)} data-testid="range-kind">
            {RANGE_REPORTS.map((k) => <option key={k} value={k}>{t(`range.kinds.${k}`)}</option>)}
          </select>
        </label>
        {kind === 'byProduct' ? (
          <label className="field rep-slow">
            <span>{t('range.slowDays')}</span>
            <input type="number" min={1} max={3650} value={slowDays} onChange={(e) => setSlowDays(Math.max(1, Math.min(3650, Number(e.target.value) || 1)))} data-testid="range-slow-days" />
          </label>
        ) : null}
        <button type="button" className="rep-csv" onClick={() => void pdf()} disabled={!r} data-testid="range-pdf">{t('range.pdf')}</button>
      </div>
      <RangePicker value={range} today={today} onChange={setRange} error={problemText} />
      {valid && !problem ? <p className="rep-period" data-testid="range-period"><strong>{t('range.period', { from: dateWords(range.from, i18n.language), to: dateWords(range.to, i18n.language) })}</strong>{kind === 'stock' ? <span className="muted"> · {t('range.stockNow')}</span> : null}</p> : null}
      {problemText ? <p className="banner banner-error" role="alert" data-testid="range-error">{problemText}</p> : null}
      {report.error && !problem ? <p className="banner banner-error" role="alert">{report.error}</p> : null}
      {actionError ? <p className="banner banner-error" role="alert">{actionError}</p> : null}
      {!r && !report.error && !problem ? <p className="muted">{t('report.loading')}</p> : null}
      {r && !problem ? r.sections.map((s) => <ReportSectionView key={s.id} section={s} lang={lang} onCsv={() => void csv(s.id)} />) : null}
    </div>
  );
}
