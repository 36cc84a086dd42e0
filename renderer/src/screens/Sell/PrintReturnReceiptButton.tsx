import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PrintResultBanner, type PrintShown } from '../../components/PrintResultBanner';
import { useApiError } from '../../components/useApiError';

/**
 * Print the return receipt (वापसी रसीद) for a return or an exchange's return half. The return is
 * already saved: a printer problem only shows here, with a reprint button.
 */
export function PrintReturnReceiptButton({ returnNo }: { returnNo: string }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [shown, setShown] = useState<PrintShown | null>(null);
  const [busy, setBusy] = useState(false);

  async function print() {
    setBusy(true);
    const failedJob = shown && 'result' in shown && shown.result.status === 'failed' ? shown.result.jobId : null;
    const printed = shown && 'result' in shown && shown.result.status === 'printed';
    const r = failedJob ? await call('print.reprint', { jobId: failedJob }) : await call('print.returnReceipt', { returnNo, duplicate: Boolean(printed) });
    setBusy(false);
    setShown(r.ok ? { result: r.value } : { error: showError(r.error) });
  }

  const failed = shown && 'result' in shown && shown.result.status === 'failed';
  return (
    <div className="print-receipt">
      <button type="button" className="big" onClick={() => void print()} disabled={busy} data-testid="print-return-receipt">
        {failed ? t('sale.reprintReturnReceipt') : t('sale.printReturnReceipt')}
      </button>
      <PrintResultBanner shown={shown} testId="return-print-result" />
    </div>
  );
}
