import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../src/shared/errors';
import { formatINR, type Lang } from '../../../src/shared/money';
import { formatTime } from '../shopZone';

export interface ShownError {
  message: string;
  /** Per-field messages, keyed by the field's top-level name. */
  fields: Record<string, string>;
}

/** Turn a coded error from the core into words in the current language. */
export function useApiError(): (e: ApiError) => ShownError {
  const { t, i18n } = useTranslation();
  return (e) => {
    const fields: Record<string, string> = {};
    for (const issue of e.details?.issues ?? []) {
      const field = String(issue.path[0] ?? '');
      if (fields[field]) continue;
      // A schema's own message names a rule with its own text (e.g. 'gstin'); else the zod code.
      let key = i18n.exists(`issues.${issue.message}`) ? issue.message : issue.code;
      if (issue.code === 'too_small' && issue.minimum === 1) key = 'required';
      if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) key = 'required';
      fields[field] = t(`issues.${key}`, { defaultValue: t('issues.other'), minimum: issue.minimum, maximum: issue.maximum });
    }
    const details: Record<string, unknown> = { ...(e.details ?? {}) };
    // Lists in details read as "a, b" in a sentence: {{missingList}} for details.missing.
    for (const [k, v] of Object.entries(e.details ?? {})) {
      if (Array.isArray(v)) details[`${k}List`] = v.join(', ') || '—';
      // Amounts read as money: {{price}} for details.pricePaise.
      if (k.endsWith('Paise') && typeof v === 'number') details[k.slice(0, -'Paise'.length)] = formatINR(v, i18n.language as Lang);
    }
    const until = typeof details.until === 'string' ? formatTime(details.until, i18n.language) : '';
    return { message: t(`errors.${e.code}`, { ...details, until }), fields };
  };
}
