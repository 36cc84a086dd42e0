import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintButton } from '../../components/PrintButton';
import { useApiError } from '../../components/useApiError';
import { langOf } from '../../i18n/lang';

/**
 * Print the bill on the counter printer; `duplicate` marks a later copy 'DUPLICATE / प्रति'. The
 * bill can also be saved as a PDF of the printed slip (to send the customer on WhatsApp).
 */
export function PrintReceiptButton({ saleId, duplicate = false }: { saleId: number; duplicate?: boolean }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [failed, setFailed] = useState('');
  const lang = langOf(i18n.language);

  async function savePdf() {
    setFailed('');
    const r = await call('print.slipPdf', { doc: 'receipt', id: saleId, lang });
    if (r.ok) downloadBase64(r.value.fileName, r.value.pdfBase64);
    else setFailed(showError(r.error).message);
  }

  return (
    <>
      <PrintButton
        print={(again) => call('print.receipt', { saleId, duplicate: duplicate || again })}
        label={duplicate ? t('sale.printCopy') : t('sale.printReceipt')}
        retryLabel={t('sale.reprintReceipt')}
        testId="print-receipt"
        resultTestId="receipt-print-result"
      />
      <button type="button" className="big" onClick={() => void savePdf()} data-testid="receipt-pdf">{t('sale.receiptPdf')}</button>
      {failed ? <p className="banner banner-error" role="alert">{failed}</p> : null}
    </>
  );
}
