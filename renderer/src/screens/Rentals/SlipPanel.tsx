import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintResult } from '../../../../src/shared/api';
import type { Result } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintButton } from '../../components/PrintButton';
import { PrintPreview, type PreviewImage } from '../../components/PrintPreview';
import { langOf } from '../../i18n/lang';

/**
 * A rental's slip (booking or rental slip, by rental id) or a check-in's return slip (by return id):
 * print it on the counter printer (a failure shows with a reprint), see it as the paper will show it
 * in the screen's language, save it as PDF. The rental is saved already: printing only follows it.
 * A custom order's slip (by order id) is shown the same way.
 */
export function SlipPanel(props: { doc: 'rental' | 'rental_return' | 'order'; id: number; title: string; printLabel: string; testId: string; duplicate?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [image, setImage] = useState<PreviewImage | null>(null);
  const [failed, setFailed] = useState('');
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    setImage(null);
    setFailed('');
    void call('print.preview', { doc: props.doc, id: props.id, lang }).then((r) => {
      if (!live) return;
      if (r.ok) setImage(r.value);
      else setFailed(r.error.code);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, props.doc, props.id, lang]);

  const print = (again: boolean): Promise<Result<PrintResult>> =>
    props.doc === 'rental'
      ? call('print.rentalSlip', { rentalId: props.id, lang, duplicate: Boolean(props.duplicate) || again })
      : props.doc === 'order'
        ? call('print.orderSlip', { orderId: props.id, lang, duplicate: Boolean(props.duplicate) || again })
        : call('print.rentalReturnSlip', { returnId: props.id, lang, duplicate: Boolean(props.duplicate) || again });

  async function savePdf() {
    const r = await call('print.slipPdf', { doc: props.doc, id: props.id, lang });
    if (r.ok) downloadBase64(r.value.fileName, r.value.pdfBase64);
    else setFailed(r.error.code);
  }

  return (
    <div className="card rent-slip" data-testid={props.testId}>
      <div className="row rent-slip-actions">
        <PrintButton print={print} label={props.printLabel} retryLabel={t('print.reprint')} testId={`${props.testId}-print`} resultTestId={`${props.testId}-print-result`} />
        <button type="button" className="big" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid={`${props.testId}-preview-toggle`}>
          {open ? t('rental.hidePreview') : t('rental.showPreview')}
        </button>
      </div>
      {failed ? <p className="banner banner-error" role="alert">{t(`errors.${failed}`)}</p> : null}
      {open ? <PrintPreview image={image} title={props.title} onSavePdf={savePdf} testId={`${props.testId}-preview`} /> : null}
    </div>
  );
}
