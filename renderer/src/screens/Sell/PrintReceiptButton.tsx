import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PrintButton } from '../../components/PrintButton';

/** Print the bill on the counter printer; `duplicate` marks a later copy 'DUPLICATE / प्रति'. */
export function PrintReceiptButton({ saleId, duplicate = false }: { saleId: number; duplicate?: boolean }) {
  const { t } = useTranslation();
  return (
    <PrintButton
      print={(again) => call('print.receipt', { saleId, duplicate: duplicate || again })}
      label={duplicate ? t('sale.printCopy') : t('sale.printReceipt')}
      retryLabel={t('sale.reprintReceipt')}
      testId="print-receipt"
      resultTestId="receipt-print-result"
    />
  );
}
