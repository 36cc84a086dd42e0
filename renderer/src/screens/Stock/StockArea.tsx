import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/shared/api';
import { Tabs } from '../../components/Tabs';
import { CatalogScreen } from './CatalogScreen';
import { CountScreen } from './CountScreen';
import { ImportExport } from './ImportExport';
import { IntakeScreen } from './IntakeScreen';
import { LowStockScreen } from './LowStockScreen';

type Tab = 'catalog' | 'receive' | 'count' | 'lowStock' | 'importExport';

/** The stock room: catalogue, goods received, shelf counts, what is running low, spreadsheets. */
export function StockArea({ role, tab: first }: { role?: Role; tab?: Tab }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>(first ?? 'catalog');
  // The core refuses a cashier anyway; hiding the buttons only saves her a refusal.
  const canEdit = role !== 'cashier';
  const tabs: { key: Tab; label: string }[] = [
    { key: 'catalog', label: t('stock.tabs.catalog') },
    { key: 'receive', label: t('stock.tabs.receive') },
    { key: 'count', label: t('stock.tabs.count') },
    { key: 'lowStock', label: t('stock.tabs.lowStock') },
    { key: 'importExport', label: t('stock.tabs.importExport') },
  ];
  return (
    <div className="screen">
      <Tabs<Tab> current={tab} onChange={setTab} tabs={tabs} />
      {tab === 'catalog' ? <CatalogScreen canEdit={canEdit} /> : null}
      {tab === 'receive' ? <IntakeScreen canEdit={canEdit} /> : null}
      {tab === 'count' ? <CountScreen canEdit={canEdit} /> : null}
      {tab === 'lowStock' ? <LowStockScreen canEdit={canEdit} /> : null}
      {tab === 'importExport' ? <ImportExport /> : null}
    </div>
  );
}
