import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintJob } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { PrintResultBanner, type PrintShown } from '../../components/PrintResultBanner';
import { usePrinterError } from './usePrinterError';

/** The latest print jobs, failed ones with their reason and a Reprint button. */
export function PrintJobsList({ version, onPrinted }: { version: number; onPrinted: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = usePrinterError();
  const [rows, setRows] = useState<PrintJob[] | null>(null);
  const [shown, setShown] = useState<PrintShown | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [reload, setReload] = useState(0);
  const [timeZone, setTimeZone] = useState<string | undefined>(undefined);

  useEffect(() => {
    void call('settings.get', {}).then((r) => r.ok && setTimeZone(r.value.timeZone)); // times as the shop reads its clock
  }, []);

  useEffect(() => {
    void call('print.listJobs', { limit: 15, offset: 0 }).then((r) => (r.ok ? setRows(r.value.rows) : setShown({ error: showError(r.error) })));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version, reload]);

  async function reprint(id: number) {
    setBusy(id);
    setShown(null);
    const r = await call('print.reprint', { jobId: id });
    setBusy(null);
    setShown(r.ok ? { result: r.value } : { error: showError(r.error) });
    if (r.ok) onPrinted();
  }

  const when = (iso: string) =>
    new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-IN' : 'hi-IN', { dateStyle: 'short', timeStyle: 'short', hour12: false, numberingSystem: 'latn', timeZone });

  return (
    <div className="card print-jobs" data-testid="print-jobs">
      <div className="screen-head">
        <h3>{t('print.jobsTitle')}</h3>
        <button type="button" className="head-action" onClick={() => setReload((n) => n + 1)}>{t('print.refresh')}</button>
      </div>
      <PrintResultBanner shown={shown} testId="reprint-result" />
      {rows && rows.length === 0 ? <p className="muted">{t('print.noJobs')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="grid">
          <thead>
            <tr>
              <th className="num">{t('print.colNo')}</th>
              <th>{t('print.colWhen')}</th>
              <th>{t('print.colDoc')}</th>
              <th>{t('print.colRef')}</th>
              <th>{t('print.colBy')}</th>
              <th>{t('print.colStatus')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((j) => (
              <tr key={j.id} data-testid={`job-${j.id}`} className={`job-${j.status}`}>
                <td className="num">{j.id}</td>
                <td>{when(j.createdAt)}</td>
                <td>
                  <span className="name-main">{t(`print.docs.${j.docType}`, { defaultValue: j.docType })}</span>
                  {j.reprintOf ? <span className="name-sub">{t('print.reprintOf', { id: j.reprintOf })}</span> : null}
                </td>
                <td>{j.ref}</td>
                <td>{j.userName ?? ''}</td>
                <td>
                  <span className={`job-status job-status-${j.status}`}>{t(`print.status.${j.status}`)}</span>
                  {j.error ? <span className="name-sub">{t(`errors.${j.error}`)}</span> : null}
                </td>
                <td>
                  <button type="button" onClick={() => void reprint(j.id)} disabled={busy !== null} data-testid={`reprint-${j.id}`}>
                    {t('print.reprint')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
