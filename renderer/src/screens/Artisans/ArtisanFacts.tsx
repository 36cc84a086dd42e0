import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import { Money } from '../../components/Money';
import { FactList } from './FactList';
import { bpsToPercent } from './format';

/** Her details as label/value pairs; empty ones say so rather than vanish. */
export function ArtisanFacts({ artisan: a }: { artisan: Artisan }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('artisan.notGiven')}</span>;
  const facts: [string, ReactNode][] = [
    [t('artisan.village'), a.village || none],
    [t('artisan.phone'), a.phone ? <a href={`tel:${a.phone.replace(/[\s-]/g, '')}`}>{a.phone}</a> : none],
    [t('artisan.commission'), `${bpsToPercent(a.commissionBps)} %`],
    [t('artisan.upiId'), a.upiId || none],
    [t('artisan.bankDetails'), a.bankDetails || none],
    [t('artisan.items'), String(a.productCount)],
    [t('artisan.stockValue'), <Money paise={a.stockValuePaise} />],
    [t('artisan.status'), a.active ? t('artisan.active') : <span className="art-badge">{t('artisan.inactive')}</span>],
    [t('artisan.notes'), a.notes || none],
  ];
  return <FactList facts={facts} testId="artisan-facts" />;
}
