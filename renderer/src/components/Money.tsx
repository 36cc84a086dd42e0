import { useTranslation } from 'react-i18next';
import { formatINR, type Lang } from '../../../src/shared/money';

/** An amount in paise shown as ₹ with Indian grouping (₹1,25,000.00). */
export function Money({ paise, className }: { paise: number; className?: string }) {
  const { i18n } = useTranslation();
  return <span className={className ? `money ${className}` : 'money'}>{formatINR(paise, i18n.language as Lang)}</span>;
}
