import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser, ShopSettings } from '../../../../src/shared/api';
import { Tabs } from '../../components/Tabs';
import { AuditTab } from './AuditTab';
import { BackupTab } from './BackupTab';
import { BillingForm } from './BillingForm';
import { CountersTab } from './CountersTab';
import { PrinterTab } from './PrinterTab';
import { ShopDetailsForm } from './ShopDetailsForm';
import { StaffTab } from './StaffTab';

type TabKey = 'shop' | 'billing' | 'printer' | 'staff' | 'audit' | 'backup' | 'counters';

/** Settings: the shop's details, bills and payments, the counter printer, staff, the audit trail and backups. */
export function SettingsScreen({ onSaved, user, tab: first }: { onSaved: (s: ShopSettings) => void; user: SessionUser; tab?: TabKey }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<TabKey>(first ?? 'shop');
  return (
    <section className="screen">
      <h2>{t('settings.title')}</h2>
      <Tabs<TabKey>
        tabs={[
          { key: 'shop', label: t('settings.shop') },
          { key: 'billing', label: t('billing.title') },
          { key: 'printer', label: t('print.tab') },
          { key: 'staff', label: t('staff.tab') },
          { key: 'audit', label: t('audit.tab') },
          { key: 'backup', label: t('backup.tab') },
          ...(user.role !== 'cashier' ? [{ key: 'counters' as const, label: t('lan.tab') }] : []),
        ]}
        current={tab}
        onChange={setTab}
      />
      {tab === 'shop' ? <ShopDetailsForm onSaved={onSaved} canEdit={user.role === 'owner'} /> : null}
      {tab === 'billing' ? <BillingForm canEdit={user.role === 'owner'} /> : null}
      {tab === 'printer' ? <PrinterTab /> : null}
      {tab === 'staff' ? <StaffTab role={user.role} myId={user.id} /> : null}
      {tab === 'audit' ? <AuditTab role={user.role} /> : null}
      {tab === 'backup' ? <BackupTab role={user.role} /> : null}
      {tab === 'counters' ? <CountersTab role={user.role} /> : null}
    </section>
  );
}
