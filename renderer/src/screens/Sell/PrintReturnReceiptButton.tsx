import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { PrintButton } from '../../components/PrintButton';

/** Print the return receipt (वापसी रसीद) for a return or an exchange's return half. */
export function PrintReturnReceiptButton({ returnNo }: { returnNo: string }) {
  const { t } = useTranslation();
  return (
    <PrintButton
      print={(again) => call('print.returnReceipt', { returnNo, duplicate: again })}
      label={t('sale.printReturnReceipt')}
      retryLabel={t('sale.reprintReturnReceipt')}
      testId="print-return-receipt"
      resultTestId="return-print-result"
    />
  );
}
