import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../src/shared/errors';
import { useApiError, type ShownError } from '../../components/useApiError';

/** useApiError, plus the printer rules' own sentences (print.issues.*) for the fields they name. */
export function usePrinterError(): (e: ApiError) => ShownError {
  const showError = useApiError();
  const { t, i18n } = useTranslation();
  return (e) => {
    const shown = showError(e);
    for (const issue of e.details?.issues ?? []) {
      const key = `print.issues.${issue.message}`;
      if (i18n.exists(key)) shown.fields[String(issue.path[0] ?? '')] = t(key);
    }
    return shown;
  };
}
