import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadBase64 } from '../../components/download';
import { PrintButton } from '../../components/PrintButton';
import { PrintPreview, type PreviewImage } from '../../components/PrintPreview';
import { useApiError } from '../../components/useApiError';
import { langOf } from '../../i18n/lang';

/** A closed day's slip: print it on the counter printer, see it as the paper will, save it as PDF. */
export function DayCloseSlip({ closeId, date }: { closeId: number; date: string }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const lang = langOf(i18n.language);
  const [image, setImage] = useState<PreviewImage | null>(null);
  const [failed, setFailed] = useState('');

  useEffect(() => {
    let live = true;
    setImage(null);
    setFailed('');
    void call('print.preview', { doc: 'day_close', id: closeId, lang }).then((r) => {
      if (!live) return;
      if (r.ok) setImage(r.value);
      else setFailed(showError(r.error).message);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [closeId, lang]);

  async function savePdf() {
    const r = await call('print.slipPdf', { doc: 'day_close', id: closeId, lang });
    if (r.ok) downloadBase64(r.value.fileName, r.value.pdfBase64);
    else setFailed(showError(r.error).message);
  }

  return (
    <div className="rep-slip" data-testid="rep-slip">
      <PrintButton
        print={(again) => call('print.dayClose', { date, lang, duplicate: again })}
        label={t('report.day.print')}
        retryLabel={t('print.reprint')}
        testId="rep-slip-print"
        resultTestId="rep-slip-print-result"
      />
      {failed ? <p className="banner banner-error" role="alert">{t('report.day.previewFailed')} {failed}</p> : null}
      <PrintPreview image={image} title={t('report.day.slip')} onSavePdf={savePdf} testId="rep-slip-preview" />
    </div>
  );
}
