import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/shared/api/define';
import type { GSTR1_SECTIONS, Gstr1Report, GstSettings, TurnoverStatement } from '../../../../src/shared/api/gst';
import { financialYear } from '../../../../src/shared/dates';
import { formatINR, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { A4Button } from '../../components/A4Button';
import { downloadText } from '../../components/download';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { useReport } from './useReport';
import { langOf } from '../../i18n/lang';

const rate = (bps: number) => `${(bps / 100).toLocaleString('en-IN', { maximumFractionDigits: 2 })}%`;
const qty = (milli: number) => (milli / 1000).toLocaleString('en-IN', { maximumFractionDigits: 3 });
const previousMonth = (today: string) => {
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** The shop's month and the 35 before it, newest first ('2026-11', '2026-10', …). */
function monthsUpTo(today: string): string[] {
  if (!today) return [];
  let [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const out: string[] = [];
  for (let i = 0; i < 36; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  }
  return out;
}

/** 'नवंबर 2026' / 'November 2026' (a calendar month, named in UTC so no zone can shift it). */
const monthName = (month: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-IN' : 'hi-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15)));

/**
 * GST for the accountant: a month or a quarter's GSTR-1 (B2C small, HSN summary, credit notes,
 * documents issued) with the offline tool's CSVs and the portal JSON to download; a shop without a
 * GSTIN sees its turnover statement instead.
 */
export function GstTab({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const [today, setToday] = useState('');
  const [kind, setKind] = useState<'month' | 'quarter'>('month');
  const [month, setMonth] = useState('');
  const [fy, setFy] = useState(0);
  const [quarter, setQuarter] = useState<'Q1' | 'Q2' | 'Q3' | 'Q4'>('Q1');
  useEffect(() => {
    void call('till.status', {}).then((r) => {
      if (!r.ok) return;
      setToday(r.value.today);
      setMonth(previousMonth(r.value.today));
      setFy(Number(financialYear(r.value.today).slice(0, 4)));
    });
  }, []);
  const period = kind === 'month' ? month : fy ? `${fy}-${quarter}` : '';
  const report = useReport<Gstr1Report | TurnoverStatement>(period ? () => call('gst.getReturn', { period }) : null, [period]);
  const settings = useReport<GstSettings>(() => call('gst.getSettings', {}), []);
  const r = report.value && report.value.period === period ? report.value : null;
  const fys = fy ? [fy, fy - 1, fy - 2, fy - 3] : [];

  return (
    <div className="rep-gst" data-testid="report-gst">
      <div className="rep-head rep-gst-head">
        <fieldset className="rep-gst-period">
          <legend>{t('gst.period')}</legend>
          <label><input type="radio" name="gst-kind" checked={kind === 'month'} onChange={() => setKind('month')} data-testid="gst-kind-month" /> {t('gst.month')}</label>
          <label><input type="radio" name="gst-kind" checked={kind === 'quarter'} onChange={() => setKind('quarter')} data-testid="gst-kind-quarter" /> {t('gst.quarter')}</label>
          {kind === 'month' ? (
            <select value={month} onChange={(e) => setMonth(e.target.value)} aria-label={t('gst.month')} data-testid="gst-month">
              {monthsUpTo(today).map((m) => <option key={m} value={m}>{monthName(m, i18n.language)}</option>)}
            </select>
          ) : (
            <>
              <select value={fy} onChange={(e) => setFy(Number(e.target.value))} aria-label={t('gst.fy')} data-testid="gst-fy">
                {fys.map((y) => <option key={y} value={y}>{`${y}-${String((y + 1) % 100).padStart(2, '0')}`}</option>)}
              </select>
              <select value={quarter} onChange={(e) => setQuarter(e.target.value as typeof quarter)} aria-label={t('gst.quarter')} data-testid="gst-quarter">
                {(['Q1', 'Q2', 'Q3', 'Q4'] as const).map((q) => <option key={q} value={q}>{t(`gst.quarters.${q}`)}</option>)}
              </select>
            </>
          )}
        </fieldset>
        {settings.value ? <BandSetting settings={settings.value} canChange={role === 'owner'} onSaved={() => { settings.reload(); report.reload(); }} /> : null}
      </div>
      {report.error ? <p className="banner banner-error" role="alert" data-testid="gst-error">{report.error}</p> : null}
      {!r && !report.error ? <p className="muted">{t('report.loading')}</p> : null}
      {r?.kind === 'gstr1' ? <Gstr1View r={r} /> : null}
      {r?.kind === 'turnover' ? <TurnoverView r={r} /> : null}
    </div>
  );
}

function Download({ period, section, label }: { period: string; section: (typeof GSTR1_SECTIONS)[number]; label: string }) {
  const showError = useApiError();
  const [error, setError] = useState('');
  async function go() {
    setError('');
    const r = await call('gst.exportReturn', { period, section });
    if (r.ok) downloadText(r.value.fileName, r.value.csv, section === 'json' ? 'application/json' : undefined);
    else setError(showError(r.error).message);
  }
  return (
    <>
      <button type="button" onClick={() => void go()} data-testid={`gst-dl-${section}`}>⬇ {label}</button>
      {error ? <span className="error-text" role="alert">{error}</span> : null}
    </>
  );
}

function Gstr1View({ r }: { r: Gstr1Report }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="muted">{t('gst.gstin', { gstin: r.gstin })} · {t('gst.periodIs', { from: r.from, to: r.to })} · {t('gst.hsnDigits', { digits: r.hsnDigits })}</p>
      <div className="rep-gst-downloads card" data-testid="gst-downloads">
        <strong>{t('gst.download')}:</strong>
        <Download period={r.period} section="b2cs" label={t('gst.csvB2cs')} />
        <Download period={r.period} section="hsn" label={t('gst.csvHsn')} />
        <Download period={r.period} section="docs" label={t('gst.csvDocs')} />
        <Download period={r.period} section="json" label={t('gst.json')} />
        <A4Button method="pages.gstReturn" input={{ period: r.period, lang: langOf(i18n.language) }} label={t('xlsx.pdf')} testId="gst-a4" />
        <small className="hint">{t('gst.templateNote')}</small>
      </div>
      {r.warnings.map((w) => (
        <p key={w.hsn} className="banner banner-info" data-testid="gst-warning">{w.code === 'hsn_short' ? t('gst.warnShort', { hsn: w.hsn }) : t('gst.warnMissing')}</p>
      ))}
      <div className="rep-gst-grid">
        <section className="card rep-card" data-testid="gst-b2cs">
          <h3>{t('gst.b2cs')}</h3>
          <p className="hint">{t('gst.b2csNote')}</p>
          <table className="grid rep-table">
            <thead><tr><th>{t('gst.pos')}</th><th>{t('gst.rate')}</th><th className="num">{t('gst.taxable')}</th><th className="num">{t('gst.cgst')}</th><th className="num">{t('gst.sgst')}</th></tr></thead>
            <tbody>
              {r.b2cs.map((b) => (
                <tr key={b.rateBps}><td>{b.placeOfSupply}</td><td>{rate(b.rateBps)}</td><td className="num"><Money paise={b.taxablePaise} /></td><td className="num"><Money paise={b.cgstPaise} /></td><td className="num"><Money paise={b.sgstPaise} /></td></tr>
              ))}
              {r.b2cs.length === 0 ? <tr><td colSpan={5} className="muted">{t('gst.none')}</td></tr> : null}
            </tbody>
          </table>
          {r.nilRatedPaise ? <p className="muted">{t('gst.nilRated', { amount: formatINR(r.nilRatedPaise, i18n.language as Lang) })}</p> : null}
        </section>
        <section className="card rep-card" data-testid="gst-docs">
          <h3>{t('gst.docs')}</h3>
          <table className="grid rep-table">
            <thead><tr><th>{t('gst.nature')}</th><th>{t('gst.from')}</th><th>{t('gst.to')}</th><th className="num">{t('gst.total')}</th><th className="num">{t('gst.cancelled')}</th></tr></thead>
            <tbody>
              {r.docs.map((d) => (
                <tr key={`${d.docNum}${d.from}`}><td>{t(`gst.docTypes.${d.docNum}`)}</td><td>{d.from}</td><td>{d.to}</td><td className="num">{d.total}</td><td className="num">{d.cancelled}</td></tr>
              ))}
              {r.docs.length === 0 ? <tr><td colSpan={5} className="muted">{t('gst.none')}</td></tr> : null}
            </tbody>
          </table>
          <p className="hint">{t('gst.docsNote')}</p>
        </section>
      </div>
      <section className="card rep-card" data-testid="gst-hsn">
        <h3>{t('gst.hsn')}</h3>
        <table className="grid rep-table">
          <thead>
            <tr>
              <th>{t('gst.code')}</th><th>{t('gst.uqc')}</th><th className="num">{t('gst.qty')}</th><th>{t('gst.rate')}</th><th className="num">{t('gst.value')}</th>
              <th className="num">{t('gst.taxable')}</th><th className="num">{t('gst.igst')}</th><th className="num">{t('gst.cgst')}</th><th className="num">{t('gst.sgst')}</th>
            </tr>
          </thead>
          <tbody>
            {r.hsn.map((h) => (
              <tr key={`${h.hsn}|${h.uqc}|${h.rateBps}`}>
                <td>{h.hsn || '—'}</td><td>{h.uqc}</td><td className="num">{qty(h.qtyMilli)}</td><td>{rate(h.rateBps)}</td><td className="num"><Money paise={h.valuePaise} /></td>
                <td className="num"><Money paise={h.taxablePaise} /></td><td className="num"><Money paise={h.igstPaise} /></td><td className="num"><Money paise={h.cgstPaise} /></td><td className="num"><Money paise={h.sgstPaise} /></td>
              </tr>
            ))}
            {r.hsn.length === 0 ? <tr><td colSpan={9} className="muted">{t('gst.none')}</td></tr> : null}
          </tbody>
          <tfoot>
            <tr className="rep-strong">
              <th colSpan={5}>{t('gst.totals')}</th><td className="num" data-testid="gst-total-taxable"><Money paise={r.totals.taxablePaise} /></td>
              <td className="num"><Money paise={r.totals.igstPaise} /></td><td className="num"><Money paise={r.totals.cgstPaise} /></td><td className="num"><Money paise={r.totals.sgstPaise} /></td>
            </tr>
          </tfoot>
        </table>
      </section>
      <section className="card rep-card" data-testid="gst-credit-notes">
        <h3>{t('gst.creditNotes')}</h3>
        {r.creditNotes.length === 0 ? <p className="muted">{t('gst.creditNotesNone')}</p> : (
          <table className="grid rep-table">
            <thead><tr><th>{t('gst.noteNo')}</th><th>{t('gst.date')}</th><th>{t('gst.billNo')}</th><th>{t('gst.rate')}</th><th className="num">{t('gst.taxable')}</th><th className="num">{t('gst.cgst')}</th><th className="num">{t('gst.sgst')}</th><th className="num">{t('gst.value')}</th></tr></thead>
            <tbody>
              {r.creditNotes.map((c) => (
                <tr key={`${c.noteNo}|${c.rateBps}`}><td>{c.noteNo}</td><td>{c.date}</td><td>{c.billNo}</td><td>{rate(c.rateBps)}</td><td className="num"><Money paise={c.taxablePaise} /></td><td className="num"><Money paise={c.cgstPaise} /></td><td className="num"><Money paise={c.sgstPaise} /></td><td className="num"><Money paise={c.valuePaise} /></td></tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="hint">{t('gst.cdnurNote')}</p>
      </section>
    </>
  );
}

function TurnoverView({ r }: { r: TurnoverStatement }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card rep-card" data-testid="gst-turnover">
      <h3>{t('gst.turnoverTitle')}</h3>
      <p className="muted">{t('gst.periodIs', { from: r.from, to: r.to })}</p>
      <A4Button method="pages.gstReturn" input={{ period: r.period, lang: langOf(i18n.language) }} label={t('xlsx.pdf')} testId="gst-a4" />
      <table className="grid rep-table">
        <thead><tr><th>{t('gst.month')}</th><th className="num">{t('gst.bills')}</th><th className="num">{t('gst.sales')}</th><th className="num">{t('gst.returns')}</th><th className="num">{t('gst.rentals')}</th><th className="num">{t('gst.turnover')}</th></tr></thead>
        <tbody>
          {r.byMonth.map((m) => (
            <tr key={m.month}><td>{m.month}</td><td className="num">{m.bills}</td><td className="num"><Money paise={m.salesPaise} /></td><td className="num"><Money paise={m.returnsPaise} /></td><td className="num"><Money paise={m.rentalsPaise} /></td><td className="num"><Money paise={m.turnoverPaise} /></td></tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="rep-strong"><th>{t('gst.totals')}</th><td className="num">{r.bills}</td><td className="num"><Money paise={r.salesPaise} /></td><td className="num"><Money paise={r.returnsPaise} /></td><td className="num"><Money paise={r.rentalsPaise} /></td><td className="num" data-testid="gst-turnover-total"><Money paise={r.turnoverPaise} /></td></tr>
        </tfoot>
      </table>
      <Download period={r.period} section="turnover" label={t('gst.turnoverCsv')} />
    </section>
  );
}

function BandSetting({ settings, canChange, onSaved }: { settings: GstSettings; canChange: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  async function change(on: boolean) {
    const r = await call('gst.updateSettings', { aatoOver5Crore: on });
    if (r.ok) onSaved();
  }
  return (
    <label className="rep-gst-band" title={t('gst.bandHint')}>
      <input type="checkbox" checked={settings.aatoOver5Crore} disabled={!canChange} onChange={(e) => void change(e.target.checked)} data-testid="gst-band" /> {t('gst.band')}
      <small className="hint">{t('gst.bandHint')}</small>
    </label>
  );
}
