import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintButton } from '../../components/PrintButton';
import { PrintPreview, type PreviewImage } from '../../components/PrintPreview';
import { useApiError } from '../../components/useApiError';
import { langOf } from '../../i18n/lang';

/**
 * The return receipt (वापसी रसीद) of a return or an exchange's return half: print it on the counter
 * printer (a failure shows with a reprint), see it as the paper will show it in the screen's
 * language, save it as PDF. The return is saved already: printing only follows it.
 * `duplicate` marks a later copy (from the bills list) 'DUPLICATE / प्रति'.
 */
export function PrintReturnReceiptButton(props: { returnId: number; returnNo: string; duplicate?: boolean; testId?: string; heading?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const lang = langOf(i18n.language);
  const id = props.testId ?? 'return-receipt';
  const [open, setOpen] = useState(false);
  const [image, setImage] = useState<PreviewImage | null>(null);
  const [failed, setFailed] = useState('');

  useEffect(() => {
    if (!open) return;
    let live = true;
    setImage(null);
    setFailed('');
    void call('print.preview', { doc: 'return_receipt', id: props.returnId, lang }).then((r) => {
      if (!live) return;
      if (r.ok) setImage(r.value);
      else setFailed(showError(r.error).message);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, props.returnId, lang]);

  async function savePdf() {
    const r = await call('print.slipPdf', { doc: 'return_receipt', id: props.returnId, lang });
    if (r.ok) downloadBase64(r.value.fileName, r.value.pdfBase64);
    else setFailed(showError(r.error).message);
  }

  // One panel on a screen keeps the print button's old test ids; several (a bill's past returns) get their own.
  const printId = props.testId ? `${id}-print` : 'print-return-receipt';
  return (
    <div className="card return-receipt" data-testid={id}>
      {props.heading}
      <div className="row return-receipt-actions">
        <PrintButton
          print={(again) => call('print.returnReceipt', { returnNo: props.returnNo, lang, duplicate: Boolean(props.duplicate) || again })}
          label={props.duplicate ? t('sale.printReturnCopy') : t('sale.printReturnReceipt')}
          retryLabel={t('sale.reprintReturnReceipt')}
          testId={printId}
          resultTestId={props.testId ? `${id}-print-result` : 'return-print-result'}
        />
        <button type="button" className="big" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid={`${id}-preview-toggle`}>
          {open ? t('sale.hideReturnPreview') : t('sale.showReturnPreview')}
        </button>
      </div>
      {failed ? <p className="banner banner-error" role="alert">{t('sale.returnPreviewFailed')} {failed}</p> : null}
      {open ? <PrintPreview image={image} title={t('sale.returnReceiptTitle', { no: props.returnNo })} onSavePdf={savePdf} testId={`${id}-preview`} /> : null}
    </div>
  );
}
