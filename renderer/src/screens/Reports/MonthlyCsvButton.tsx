import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { useApiError } from '../../components/useApiError';
import { A4Button } from '../../components/A4Button';
import { XlsxButton } from '../../components/XlsxButton';
import { langOf } from '../../i18n/lang';

/** The month by craft and by day as a CSV file (UTF-8 with a BOM, so Excel shows the Hindi names), as XLSX, and on A4. */
export function MonthlyCsvButton({ month }: { month: string }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [error, setError] = useState('');
  async function download() {
    setError('');
    const r = await call('reports.exportMonthly', { month });
    if (r.ok) downloadText(r.value.fileName, r.value.csv);
    else setError(showError(r.error).message);
  }
  return (
    <div className="rep-csv">
      <button type="button" onClick={() => void download()} data-testid="rep-month-csv">{t('report.month.csv')}</button>
      <XlsxButton method="xlsx.exportMonthly" input={{ month }} label={t('xlsx.monthly')} testId="rep-month-xlsx" />
      <A4Button method="pages.monthly" input={{ month, lang: langOf(i18n.language) }} label={t('xlsx.pdf')} testId="rep-month-a4" />
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
    </div>
  );
}
