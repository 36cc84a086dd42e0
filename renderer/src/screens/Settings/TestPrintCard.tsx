import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintPreview, type PreviewImage } from '../../components/PrintPreview';
import { PrintResultBanner, type PrintShown } from '../../components/PrintResultBanner';
import { usePrinterError } from './usePrinterError';
import { langOf } from '../../i18n/lang';

/** "Test print" with its outcome, and the test page as it will print (same renderer as the paper). */
export function TestPrintCard({ previewVersion, onPrinted }: { previewVersion: number; onPrinted: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = usePrinterError();
  const lang = langOf(i18n.language);
  const [image, setImage] = useState<PreviewImage | null>(null);
  const [shown, setShown] = useState<PrintShown | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    setImage(null);
    void call('print.preview', { doc: 'test', lang }).then((r) => {
      if (live && r.ok) setImage(r.value);
    });
    return () => {
      live = false;
    };
  }, [lang, previewVersion]);

  async function testPrint() {
    setBusy(true);
    setShown(null);
    const r = await call('print.testPage', { lang });
    setBusy(false);
    setShown(r.ok ? { result: r.value } : { error: showError(r.error) });
    if (r.ok) onPrinted();
  }

  async function savePdf() {
    const r = await call('print.slipPdf', { doc: 'test', lang });
    if (r.ok) downloadBase64(r.value.fileName, r.value.pdfBase64);
    else setShown({ error: showError(r.error) });
  }

  return (
    <div className="card test-print">
      <h3>{t('print.testTitle')}</h3>
      <p className="hint">{t('print.testHint')}</p>
      <button type="button" className="primary big" onClick={() => void testPrint()} disabled={busy} data-testid="print-test">
        {busy ? t('print.printing') : t('print.testPrint')}
      </button>
      <PrintResultBanner shown={shown} />
      <PrintPreview image={image} title={t('print.previewTitle')} onSavePdf={savePdf} />
    </div>
  );
}
