import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../../../src/shared/errors';
import { useApiError } from '../../components/useApiError';
import { dateWords } from './dates';

export interface RentalError {
  code: ApiError['code'];
  /** The sentence for the banner, in the screen's language. */
  message: string;
  /** Per field, by its dotted path as sent: 'customer.phone', 'dueDate', 'lines.0.qty', 'payments.1'. */
  fields: Record<string, string>;
}

/** The message for a field or anything under it: at(e, 'lines.0') also finds 'lines.0.pieceIds'. */
export function errorAt(e: RentalError | null, path: string): string | undefined {
  if (!e) return undefined;
  if (e.fields[path]) return e.fields[path];
  const key = Object.keys(e.fields).find((k) => k.startsWith(`${path}.`));
  return key ? e.fields[key] : undefined;
}

/**
 * A rental call's coded error in the current language, each problem placed on its field by its
 * full path (the rental forms nest: the customer, each line, each payment). A date in the details
 * ('not free on 2026-12-02') is read out in words.
 */
export function useRentalError(): (e: ApiError) => RentalError {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  return (e) => {
    const d = { ...(e.details ?? {}) };
    // Dates in the details read in words: 'बुध, 2 दिसंबर 2026', not '2026-12-02'.
    for (const k of ['date', 'today', 'fromDate', 'dueDate']) if (typeof d[k] === 'string') d[k] = dateWords(d[k] as string, i18n.language);
    const shown = showError({ ...e, details: d });
    // The core says which date rule was broken and which piece is taken: say exactly that.
    const reason = typeof d.reason === 'string' ? d.reason : '';
    if (e.code === 'RENTAL_DATES' && i18n.exists(`rental.dateReason.${reason}`)) shown.message = t(`rental.dateReason.${reason}`, d);
    if (e.code === 'RENTAL_UNAVAILABLE' && typeof d.tag === 'string') shown.message = t('rental.pieceTakenOn', d);
    const fields: Record<string, string> = {};
    for (const issue of e.details?.issues ?? []) {
      const one = showError({ code: 'INVALID_INPUT', details: { issues: [{ ...issue, path: ['x'] } as FieldIssue] } });
      fields[issue.path.join('.')] ??= one.fields.x ?? t('issues.other');
    }
    // A refusal about one field (not a schema issue) names it in details.field.
    const f = d.field;
    const path = Array.isArray(f) ? f.join('.') : typeof f === 'string' ? f : '';
    if (path && e.code !== 'INVALID_INPUT') fields[path] ??= e.code === 'NOT_FOUND' ? t('issues.not_found') : shown.message;
    return { code: e.code, message: shown.message, fields };
  };
}

/**
 * A call's error kept as the core sent it and worded at each render, so switching the language
 * re-words a message already on the screen.
 */
export function useRentalErrorState(): [RentalError | null, (e: ApiError | null) => void] {
  const rentalError = useRentalError();
  const [raw, setRaw] = useState<ApiError | null>(null);
  return [raw ? rentalError(raw) : null, setRaw];
}

/** The same for a screen that shows only the sentence (a list that did not load). */
export function useErrorMessage(): [string, (e: ApiError | null) => void] {
  const [e, set] = useRentalErrorState();
  return [e?.message ?? '', set];
}
