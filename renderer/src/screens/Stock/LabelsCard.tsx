import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintButton } from '../../components/PrintButton';
import { A4Button } from '../../components/A4Button';
import { useApiError } from '../../components/useApiError';
import { langOf } from '../../i18n/lang';

/** Price labels for one product: on the thermal printer, or as an A4 sticker sheet (PDF). */
export function LabelsCard({ productId }: { productId: number }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [copies, setCopies] = useState('1');
  const [error, setError] = useState('');
  const n = Math.min(240, Math.max(1, Number.parseInt(copies, 10) || 1));
  const lang = langOf(i18n.language);

  async function pdf() {
    const r = await call('labels.exportPdf', { items: [{ productId, copies: n }], lang });
    if (r.ok) {
      setError('');
      downloadBase64(r.value.fileName, r.value.pdfBase64);
    } else setError(showError(r.error).message);
  }

  return (
    <div className="card labels-card" data-testid="labels-card">
      <h3>{t('product.labels')}</h3>
      <div className="row">
        <label className="field">
          {t('product.labelCopies')}
          <input value={copies} onChange={(e) => setCopies(e.target.value)} inputMode="numeric" data-testid="label-copies" />
        </label>
        <button type="button" className="big" onClick={() => void pdf()} data-testid="labels-pdf">{t('product.labelsPdf')}</button>
        <A4Button method="pages.labels" input={{ items: [{ productId, copies: n }], lang }} label={t('xlsx.labelsA4')} testId="labels-a4" />
      </div>
      <PrintButton
        print={() => call('print.labels', { items: [{ productId, copies: n }], lang })}
        label={t('product.labelsPrint')}
        retryLabel={t('sale.reprintReceipt')}
        testId="labels-print"
        resultTestId="labels-print-result"
      />
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
    </div>
  );
}
