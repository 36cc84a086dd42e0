import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShopSettings } from '../../../../src/shared/api';
import { Tabs } from '../../components/Tabs';
import { BillingForm } from './BillingForm';
import { PrinterTab } from './PrinterTab';
import { ShopDetailsForm } from './ShopDetailsForm';

type TabKey = 'shop' | 'billing' | 'printer';

/** Settings: the shop's details, bills and payments, and the counter printer. */
export function SettingsScreen({ onSaved }: { onSaved: (s: ShopSettings) => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabKey>('shop');
  return (
    <section className="screen">
      <h2>{t('settings.title')}</h2>
      <Tabs<TabKey> tabs={[{ key: 'shop', label: t('settings.shop') }, { key: 'billing', label: t('billing.title') }, { key: 'printer', label: t('print.tab') }]} current={tab} onChange={setTab} />
      {tab === 'shop' ? <ShopDetailsForm onSaved={onSaved} /> : null}
      {tab === 'billing' ? <BillingForm /> : null}
      {tab === 'printer' ? <PrinterTab /> : null}
    </section>
  );
}
