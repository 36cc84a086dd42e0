import type { TFunction } from 'i18next';
import { formatINR, type Lang } from '../../../../src/shared/money';

/** Keys that say nothing to a reader (ids made by the counter, secrets already left out by the core). */
const SKIP = new Set(['requestId', 'userId', 'pin', 'newPin', 'approval', 'photo', 'dataBase64', 'cart', 'before']);

/** "cashierRefundLimitPaise" -> "cashier refund limit" (the words the key is made of). */
const words = (key: string) => key.replace(/Paise$|Milli$|Bps$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * An audit row's details as one readable line ("bill no: HH/2026-27/C1-000001 · payments: cash ₹500.00, UPI ₹550.00"),
 * not raw JSON: money in rupees, quantities in units, lists counted or listed, known keys in the screen's language.
 */
export function detailLine(details: unknown, t: TFunction, lang: Lang): string {
  const d = (details ?? {}) as Record<string, unknown>;
  const { input, after, ...rest } = d;
  const source = { ...(typeof input === 'object' && input ? (input as Record<string, unknown>) : {}), ...(typeof after === 'object' && after ? (after as Record<string, unknown>) : {}), ...rest };
  // A key without Hindi words shows its value alone on a Hindi screen (no English creeping in).
  const label = (k: string) => t(`auditLine.keys.${k}`, { defaultValue: lang === 'en' ? words(k) : '' });
  const value = (k: string, v: unknown, depth: number): string => {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('auditLine.yes') : t('auditLine.no');
    if (typeof v === 'number') {
      if (/Paise$/.test(k)) return formatINR(v, lang);
      if (/Milli$/.test(k)) return String(v / 1000);
      if (/Bps$/.test(k)) return `${v / 100}%`;
      return String(v);
    }
    if (typeof v === 'string') {
      if (k === 'method') return t(`sale.method.${v}`, { defaultValue: v });
      if (k === 'language') return t(`languages.${v}`, { defaultValue: v });
      if (k === 'role') return t(`roles.${v}`, { defaultValue: v });
      return v;
    }
    if (Array.isArray(v)) {
      if (depth > 0 || v.length > 4) return t('auditLine.items', { count: v.length });
      return v.map((x) => (typeof x === 'object' && x ? entries(x as Record<string, unknown>, depth + 1, ' ') : value(k, x, depth + 1))).join(', ');
    }
    if (typeof v === 'object') return depth > 0 ? '…' : entries(v as Record<string, unknown>, depth + 1, ', ');
    return String(v);
  };
  const entries = (o: Record<string, unknown>, depth: number, sep: string): string => {
    // A payment or a line reads best as its method/name and amount alone.
    if (depth > 0 && typeof o.method === 'string' && typeof o.amountPaise === 'number') return `${value('method', o.method, depth)} ${formatINR(o.amountPaise, lang)}`;
    return Object.entries(o)
      .filter(([k, v]) => !SKIP.has(k) && v !== undefined && !(depth > 0 && /Id$/.test(k)))
      .map(([k, v]) => (label(k) ? `${label(k)}: ${value(k, v, depth)}` : value(k, v, depth)))
      .join(sep);
  };
  return entries(source, 0, ' · ') || '—';
}
