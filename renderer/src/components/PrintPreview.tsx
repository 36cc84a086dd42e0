import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

export interface PreviewImage {
  /** The paper picture from print.preview: the same renderer the thermal printer gets. */
  pngBase64: string;
  /** Printer dots across: 384 (58 mm) or 576 (80 mm), 8 dots a millimetre. */
  widthPx: number;
}

/** Thermal printers print 8 dots a millimetre (203 dpi). */
const DOTS_PER_MM = 8;

/**
 * A slip as it will come out of the printer, at its natural paper width, with "Save as PDF"
 * and "Print with system printer". The system path is window.print() of a print-only copy of
 * the picture (styles.css: body.hh-printing); it works in Electron's renderer and in a browser.
 * Reusable for receipts, rental and payout slips: pass the picture and a PDF saver.
 */
export function PrintPreview(props: { image: PreviewImage | null; title: string; onSavePdf?: () => void | Promise<void>; testId?: string }) {
  const { t } = useTranslation();
  const [printing, setPrinting] = useState(false);
  const [busy, setBusy] = useState(false);
  const src = props.image ? `data:image/png;base64,${props.image.pngBase64}` : '';
  const id = props.testId ?? 'print-preview';

  useEffect(() => {
    if (!printing) return;
    // The print-only copy is in the DOM now; print() shows the dialog (blocking in Chromium).
    document.body.classList.add('hh-printing');
    const done = () => {
      document.body.classList.remove('hh-printing');
      setPrinting(false);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    done();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  async function savePdf() {
    if (!props.onSavePdf) return;
    setBusy(true);
    try {
      await props.onSavePdf();
    } finally {
      setBusy(false);
    }
  }

  return (
    <figure className="print-preview" data-testid={id}>
      <figcaption>{props.title}</figcaption>
      <div className="print-preview-paper">
        {props.image ? (
          <img src={src} alt={t('print.previewAlt')} style={{ width: props.image.widthPx }} data-testid={`${id}-img`} />
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
      <div className="row print-preview-actions">
        {props.onSavePdf ? (
          <button type="button" onClick={() => void savePdf()} disabled={!props.image || busy} data-testid={`${id}-pdf`}>
            {t('print.savePdf')}
          </button>
        ) : null}
        <button type="button" onClick={() => setPrinting(true)} disabled={!props.image} data-testid={`${id}-system`}>
          {t('print.systemPrint')}
        </button>
      </div>
      {printing && props.image
        ? createPortal(
            <div className="print-only">
              <img src={src} alt="" style={{ width: `${props.image.widthPx / DOTS_PER_MM}mm` }} />
            </div>,
            document.body,
          )
        : null}
    </figure>
  );
}
