import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { useApiError } from '../../components/useApiError';
import { XlsxButton } from '../../components/XlsxButton';

/** The month by craft and by day as a CSV file (UTF-8 with a BOM, so Excel shows the Hindi names). */
export function MonthlyCsvButton({ month }: { month: string }) {
  const { t } = useTranslation();
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
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
    </div>
  );
}
