import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../../src/shared/errors';
import { useApiError, type ShownError } from '../../components/useApiError';

export interface StockError extends ShownError {
  /** Messages for numbered lines (intake lines, count lines), keyed by the line's index. */
  lines: Record<number, string>;
}

/**
 * useApiError, plus the fields named by CONFLICT / NOT_FOUND details (details.field is a name or
 * a path like ['lines', 2, 'productId']) and per-line messages for issues under 'lines'.
 */
export function useStockError(): (e: ApiError) => StockError {
  const { t } = useTranslation();
  const showError = useApiError();
  return (e) => {
    const shown = showError(e);
    const fields = { ...shown.fields };
    const lines: Record<number, string> = {};
    const put = (path: readonly unknown[], msg: string) => {
      if (path[0] === 'lines' && typeof path[1] === 'number') lines[path[1]] ??= msg;
      else if (typeof path[0] === 'string') fields[path[0]] ??= msg;
    };
    for (const issue of e.details?.issues ?? []) {
      // Translate one issue the shared way by naming it as a single field.
      const one = showError({ code: 'INVALID_INPUT', details: { issues: [{ ...issue, path: ['x'] } as FieldIssue] } });
      put(issue.path, one.fields.x ?? t('issues.other'));
    }
    const f = e.details?.field;
    const path = Array.isArray(f) ? f : typeof f === 'string' ? [f] : [];
    if (path.length) put(path, fieldMessage(e, t));
    return { ...shown, fields, lines };
  };
}

function fieldMessage(e: ApiError, t: (k: string) => string): string {
  const reason = e.details?.reason;
  if (e.code === 'CONFLICT') {
    if (reason === 'stockMoved') return t('product.unitLocked');
    if (reason === 'otherOwner') return t('intake.otherOwner');
    if (reason === 'outOfScope') return t('count.outOfScope');
    if (reason === 'inactive') return t('intake.inactiveArtisan');
    return t('issues.duplicate');
  }
  if (e.code === 'NOT_FOUND') return t('issues.not_found');
  return t(`errors.${e.code}`);
}

/** What a message needs to word itself when drawn (the current t, language and error wording). */
export interface Words {
  t: (key: string, values?: Record<string, unknown>) => string;
  lang: string;
  err: (e: ApiError) => StockError;
}
/** A message kept as a function of the words of the moment, so a language switch re-words it. */
export type Wording = (w: Words) => string;

export function useWords(): Words {
  const { t, i18n } = useTranslation();
  const err = useStockError();
  return { t: (k, v) => t(k, v ?? {}), lang: i18n.language, err };
}
