import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';
import { ImportExport } from './ImportExport';
import { StockScreen } from './StockScreen';

type Tab = 'catalog' | 'importExport';

/** The manager's stock room: the catalogue and spreadsheets. */
export function StockArea() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('catalog');
  return (
    <div className="screen">
      <Tabs<Tab> current={tab} onChange={setTab} tabs={[{ key: 'catalog', label: t('stock.tabs.catalog') }, { key: 'importExport', label: t('stock.tabs.importExport') }]} />
      {tab === 'catalog' ? <StockScreen /> : null}
      {tab === 'importExport' ? <ImportExport /> : null}
    </div>
  );
}
