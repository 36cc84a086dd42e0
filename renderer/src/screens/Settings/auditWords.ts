/** The action groups offered in the audit filter (the core matches an action by its prefix). */
export const AUDIT_GROUPS = ['sales', 'session', 'users', 'payouts', 'rentals', 'stock', 'counts', 'products', 'artisans', 'csv', 'print', 'backup', 'settings', 'billing', 'setup', 'board'] as const;

/** A filter choice for one action on its own (wrong PINs are what a manager looks for most). */
export const WRONG_PIN_ACTION = 'session.login_failed';

/** The i18n key of an action's plain words: sales.checkout -> audit.acts.sales_checkout. */
export const actionKey = (action: string): string => `audit.acts.${action.replace(/\./g, '_')}`;

/** Details as one wrapped line of JSON: {"input": {"name": "…"}} (newlines inside strings stay escaped). */
export function compactJson(details: unknown): string {
  const s = JSON.stringify(details ?? {}, null, 1) ?? '';
  return s.replace(/\n\s*/g, ' ').replace(/{ /g, '{').replace(/ }/g, '}').replace(/\[ /g, '[').replace(/ ]/g, ']');
}
