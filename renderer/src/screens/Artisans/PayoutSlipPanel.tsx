import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintResult } from '../../../../src/shared/api';
import type { Result } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintPreview, type PreviewImage } from '../../components/PrintPreview';
import { PrintResultBanner, type PrintShown } from '../../components/PrintResultBanner';
import { useApiError } from '../../components/useApiError';
import { langOf } from '../../i18n/lang';

/**
 * A payout's take-home slip: print it on the counter printer (printed, or not printed with the
 * reason and a Reprint button), see it as the paper will show it, save it as PDF.
 */
export function PayoutSlipPanel({ payoutId, title }: { payoutId: number; title: string }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const lang = langOf(i18n.language);
  const [image, setImage] = useState<PreviewImage | null>(null);
  const [previewFailed, setPreviewFailed] = useState(false);
  const [shown, setShown] = useState<PrintShown | null>(null);
  const [failedJob, setFailedJob] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  useEffect(() => {
    let live = true;
    setImage(null);
    setPreviewFailed(false);
    void call('print.preview', { doc: 'payout', id: payoutId, lang }).then((r) => {
      if (!live) return;
      if (r.ok) setImage(r.value);
      else setPreviewFailed(true);
    });
    return () => {
      live = false;
    };
  }, [payoutId, lang]);

  async function run(send: () => Promise<Result<PrintResult>>) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setShown(null);
    const r = await send();
    busyRef.current = false;
    setBusy(false);
    if (!r.ok) return setShown({ error: showError(r.error) });
    setShown({ result: r.value });
    setFailedJob(r.value.status === 'failed' ? r.value.jobId : null);
  }

  const print = () => run(() => call('print.payoutSlip', { payoutId, lang }));
  const reprint = (jobId: number) => run(() => call('print.reprint', { jobId }));

  async function savePdf() {
    const r = await call('print.slipPdf', { doc: 'payout', id: payoutId, lang });
    if (r.ok) downloadBase64(r.value.fileName, r.value.pdfBase64);
    else setShown({ error: showError(r.error) });
  }

  return (
    <div className="card po-slip" data-testid="payout-slip">
      <div className="row po-slip-actions">
        <button type="button" className="primary big" onClick={() => void print()} disabled={busy} data-testid="payout-print">
          {busy ? t('print.printing') : t('payout.printSlip')}
        </button>
        {failedJob !== null ? (
          <button type="button" className="big" onClick={() => void reprint(failedJob)} disabled={busy} data-testid="payout-reprint">
            {t('print.reprint')}
          </button>
        ) : null}
      </div>
      <p className="hint">{t('payout.twoCopies')}</p>
      {shown && 'result' in shown && shown.result.status === 'failed' ? (
        <div className="banner banner-error" role="alert" data-testid="payout-print-result">
          <p className="print-error">{t(`payout.printerProblem.${shown.result.error?.code ?? 'PRINTER_ERROR'}`, { defaultValue: t('payout.printerProblem.PRINTER_ERROR') })}</p>
          <p className="print-error-job">{t('payout.printFailed', { id: shown.result.jobId })}</p>
        </div>
      ) : (
        <PrintResultBanner shown={shown} testId="payout-print-result" />
      )}
      {previewFailed ? <p className="banner banner-error" role="alert">{t('payout.previewFailed')}</p> : null}
      <PrintPreview image={image} title={title} onSavePdf={savePdf} testId="payout-preview" />
    </div>
  );
}
