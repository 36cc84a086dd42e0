import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../../src/shared/errors';
import { formatINR, type Lang } from '../../../../src/shared/money';
import { useApiError } from '../../components/useApiError';
import { formatQty } from '../Stock/qty';

export interface SaleError {
  code: ApiError['code'];
  message: string;
  /** Top-level fields: billDiscount, customerPhone, refundMethod, reason… */
  fields: Record<string, string>;
  /** Cart or bill lines by index (checkout: cart order; return: the order sent). */
  lines: Record<number, string>;
  /** Payments by index in the order sent. */
  payments: Record<number, string>;
}

/** The core's coded errors for a sale or a return, worded in the current language and placed on their lines. */
export function useSaleError(): (e: ApiError) => SaleError {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  return (e) => {
    const shown = showError(e);
    const out: SaleError = { code: e.code, message: shown.message, fields: {}, lines: {}, payments: {} };
    const put = (path: readonly unknown[], msg: string) => {
      if (path[0] === 'lines' && typeof path[1] === 'number') out.lines[path[1]] ??= msg;
      else if (path[0] === 'payments' && typeof path[1] === 'number') out.payments[path[1]] ??= msg;
      else if (typeof path[0] === 'string') out.fields[path[0]] ??= msg;
    };
    for (const issue of e.details?.issues ?? []) {
      const one = showError({ code: 'INVALID_INPUT', details: { issues: [{ ...issue, path: ['x'] } as FieldIssue] } });
      put(issue.path, one.fields.x ?? t('issues.other'));
    }
    const d = e.details ?? {};
    const f = d.field;
    const path = Array.isArray(f) ? f : typeof f === 'string' ? [f] : [];
    const lang = i18n.language as Lang;
    if (path.length) {
      if (e.code === 'PRICE_CHANGED') put(path, t('sale.priceNow', { price: formatINR(Number(d.pricePaise), lang) }));
      else if (e.code === 'INSUFFICIENT_STOCK') put(path, t('sale.onlyLeft', { qty: formatQty(Number(d.onHandMilli ?? 0)) }));
      else if (e.code === 'RETURN_TOO_MANY') put(path, t('sale.leftToReturn', { qty: formatQty(Number(d.leftMilli ?? 0)) }));
      else if (e.code === 'NOT_FOUND') put(path, t('issues.not_found'));
      else if (e.code !== 'APPROVAL_REQUIRED') put(path, t(`errors.${e.code}`));
    }
    return out;
  };
}
