import { useTranslation } from 'react-i18next';
import type { PrintResult } from '../../../src/shared/api';
import type { ShownError } from './useApiError';

export type PrintShown = { result: PrintResult } | { error: ShownError };

/** What happened to a print: printed, or not printed with the printer's translated error and the job number. */
export function PrintResultBanner({ shown, testId = 'print-result' }: { shown: PrintShown | null; testId?: string }) {
  const { t } = useTranslation();
  if (!shown) return null;
  if ('error' in shown) return <p className="banner banner-error" role="alert" data-testid={testId}>{shown.error.message}</p>;
  const r = shown.result;
  if (r.status === 'printed') return <p className="banner banner-ok" role="status" data-testid={testId}>{t('print.printed', { id: r.jobId })}</p>;
  return (
    <div className="banner banner-error" role="alert" data-testid={testId}>
      <p className="print-error">{t(`errors.${r.error?.code ?? 'PRINTER_ERROR'}`)}</p>
      <p className="print-error-job">{t('print.notPrinted', { id: r.jobId })}</p>
    </div>
  );
}
