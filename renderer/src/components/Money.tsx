import { useTranslation } from 'react-i18next';
import { formatINR, type Lang } from '../../../src/shared/money';
import { langOf } from '../i18n/lang';

/** An amount in paise shown as ₹ with Indian grouping (₹1,25,000.00). */
export function Money({ paise, className }: { paise: number; className?: string }) {
  const { i18n } = useTranslation();
  return <MoneyIn paise={paise} lang={langOf(i18n.language)} className={className} />;
}

/** The same, in a language the caller already has: no i18n hook, for a table's many cells (#17). */
export function MoneyIn({ paise, lang, className }: { paise: number; lang: Lang; className?: string }) {
  return <span className={className ? `money ${className}` : 'money'}>{formatINR(paise, lang)}</span>;
}
