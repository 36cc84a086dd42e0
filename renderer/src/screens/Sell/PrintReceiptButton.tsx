import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PrintResultBanner, type PrintShown } from '../../components/PrintResultBanner';
import { useApiError } from '../../components/useApiError';

/**
 * Print the bill on the counter printer. The sale is already saved: a printer that is off only
 * shows its error here, with a reprint button. `duplicate` marks a later copy 'DUPLICATE / प्रति'.
 */
export function PrintReceiptButton({ saleId, duplicate = false }: { saleId: number; duplicate?: boolean }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [shown, setShown] = useState<PrintShown | null>(null);
  const [busy, setBusy] = useState(false);

  async function print() {
    setBusy(true);
    const failedJob = shown && 'result' in shown && shown.result.status === 'failed' ? shown.result.jobId : null;
    const r = failedJob ? await call('print.reprint', { jobId: failedJob }) : await call('print.receipt', { saleId, duplicate });
    setBusy(false);
    setShown(r.ok ? { result: r.value } : { error: showError(r.error) });
  }

  const failed = shown && 'result' in shown && shown.result.status === 'failed';
  return (
    <div className="print-receipt">
      <button type="button" className="big" onClick={() => void print()} disabled={busy} data-testid="print-receipt">
        {failed ? t('sale.reprintReceipt') : duplicate ? t('sale.printCopy') : t('sale.printReceipt')}
      </button>
      <PrintResultBanner shown={shown} testId="receipt-print-result" />
    </div>
  );
}
