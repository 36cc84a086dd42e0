import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CsvImportReport, CsvRowError } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { useApiError } from '../../components/useApiError';
import { XlsxButton } from '../../components/XlsxButton';

type Kind = 'Products' | 'Artisans';

/** Spreadsheets in and out: check a file first, then import all of it or none of it. */
export function ImportExport() {
  return (
    <div className="import-export">
      <CsvCard kind="Products" />
      <CsvCard kind="Artisans" />
    </div>
  );
}

function CsvCard({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<CsvImportReport | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const label = kind === 'Products' ? t('csv.products') : t('csv.artisans');

  async function choose(f: File | undefined) {
    setReport(null);
    setMessage(null);
    if (!f) return setFile(null);
    const text = await f.text();
    setFile({ name: f.name, text });
    setBusy(true);
    const r = await call(`csv.preview${kind}`, { csv: text });
    setBusy(false);
    if (r.ok) setReport(r.value);
    else setMessage({ ok: false, text: showError(r.error).message });
  }

  async function importNow() {
    if (!file) return;
    setBusy(true);
    const r = await call(`csv.import${kind}`, { csv: file.text });
    setBusy(false);
    if (r.ok) {
      setMessage({ ok: true, text: t('csv.imported', { count: r.value.created }) });
      setReport(null);
      setFile(null);
    } else {
      setMessage({ ok: false, text: showError(r.error).message });
      const details = r.error.details as Partial<CsvImportReport> | undefined;
      if (details?.errors) setReport({ rows: details.rows ?? 0, created: 0, errors: details.errors, written: false });
    }
  }

  async function exportNow() {
    setBusy(true);
    const r = kind === 'Products' ? await call('csv.exportProducts', {}) : await call('csv.exportArtisans', {});
    setBusy(false);
    if (r.ok) downloadText(r.value.fileName, r.value.csv);
    else setMessage({ ok: false, text: showError(r.error).message });
  }

  return (
    <section className="card csv-card" data-testid={`csv-${kind}`}>
      <h3>{label}</h3>
      {/* The file's column names are its own (Latin) identifiers: shown as code. */}
      <p className="muted"><Trans i18nKey={kind === 'Products' ? 'csv.productsHint' : 'csv.artisansHint'} components={{ code: <code /> }} /></p>
      <div className="row">
        <button type="button" onClick={exportNow} disabled={busy} data-testid={`export-${kind}`}>{t('csv.export')}</button>
        {kind === 'Products' ? <XlsxButton method="xlsx.exportProducts" input={{}} label={t('xlsx.catalogue')} testId="export-Products-xlsx" /> : null}
        <label className="file-button">
          {t('csv.choose')}
          <input type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} data-testid={`file-${kind}`} />
        </label>
      </div>
      {file ? <p className="muted">{file.name}</p> : null}
      {report ? <Report report={report} /> : null}
      {report && report.errors.length === 0 && file ? (
        <button type="button" className="primary big" onClick={importNow} disabled={busy} data-testid={`import-${kind}`}>
          {t('csv.importRows', { count: report.rows })}
        </button>
      ) : null}
      {message ? <p className={message.ok ? 'banner banner-ok' : 'banner banner-error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p> : null}
    </section>
  );
}

function Report({ report }: { report: CsvImportReport }) {
  const { t } = useTranslation();
  if (report.errors.length === 0) return <p className="banner banner-ok">{t('csv.allGood', { count: report.rows })}</p>;
  return (
    <div>
      <p className="banner banner-error">{t('csv.problems', { count: report.errors.length, rows: report.rows })}</p>
      <table className="grid" data-testid="csv-errors">
        <thead>
          <tr>
            <th>{t('csv.line')}</th>
            <th>{t('csv.column')}</th>
            <th>{t('csv.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {report.errors.map((e: CsvRowError, i) => (
            <tr key={i}>
              <td>{e.row}</td>
              <td><code>{e.column}</code></td>
              <td>{t(`issues.${e.code}`, { defaultValue: t('issues.other') })}{e.value ? ` (${e.value})` : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
