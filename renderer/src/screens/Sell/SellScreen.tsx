import { useEffect, useState } from 'react';
import { ClosedDayBanner } from './ClosedDayBanner';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import { call } from '../../api/client';
import { Tabs } from '../../components/Tabs';
import { BillsList } from './BillsList';
import { CounterScreen } from './CounterScreen';
import { HeldCarts } from './HeldCarts';
import { ReturnScreen } from './ReturnScreen';

type Tab = 'counter' | 'held' | 'return' | 'bills';

/** The Sell area (F1): the counter, parked bills, returns and the bills list. */
export function SellScreen() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('counter');
  const [billing, setBilling] = useState<BillingSettings | null>(null);
  const [held, setHeld] = useState(0);
  const [returnBill, setReturnBill] = useState({ billNo: '', n: 0 });

  useEffect(() => {
    void call('billing.getSettings', {}).then((r) => r.ok && setBilling(r.value));
  }, []);
  const countHeld = () => void call('sales.listHeld', {}).then((r) => r.ok && setHeld(r.value.length));
  useEffect(countHeld, [tab]);

  const openReturn = (billNo: string) => {
    setReturnBill((r) => ({ billNo, n: r.n + 1 }));
    setTab('return');
  };

  return (
    <section className="screen sell" data-testid="sell-screen">
      <ClosedDayBanner />
      <div className="screen-head">
        <h2>{t('sell.title')}</h2>
        <Tabs<Tab>
          current={tab}
          onChange={setTab}
          tabs={[
            { key: 'counter', label: t('sale.tabs.counter') },
            { key: 'held', label: held ? t('sale.tabs.heldN', { n: held }) : t('sale.tabs.held') },
            { key: 'return', label: t('sale.tabs.return') },
            { key: 'bills', label: t('sale.tabs.bills') },
          ]}
        />
      </div>
      {tab === 'counter' ? <CounterScreen billing={billing} onHeld={countHeld} onOpenReturn={openReturn} /> : null}
      {tab === 'held' ? <HeldCarts onResumed={() => setTab('counter')} /> : null}
      {tab === 'return' ? <ReturnScreen key={returnBill.n} billNo={returnBill.billNo} billing={billing} onDone={() => setTab('counter')} /> : null}
      {tab === 'bills' ? <BillsList billing={billing} onReturn={openReturn} /> : null}
    </section>
  );
}
