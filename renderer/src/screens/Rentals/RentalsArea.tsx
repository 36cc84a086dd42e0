import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/shared/api';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import { call } from '../../api/client';
import { Tabs } from '../../components/Tabs';
import { useScanner } from '../Sell/useScanner';
import { BookingForm } from './BookingForm';
import { BookingsTab } from './BookingsTab';
import { CleaningTab } from './CleaningTab';
import { RentalsCtx, type RentalsContext } from './context';
import { ItemsTab } from './ItemsTab';
import { RentalDetail, type JustDone } from './RentalDetail';
import { RulesCard } from './RulesCard';
import { TodayTab } from './TodayTab';

type Tab = 'today' | 'bookings' | 'new' | 'walkIn' | 'items' | 'cleaning' | 'rules';

/**
 * किराया (F2): the day's work first (late, due today, pick-ups coming), every booking, a new
 * booking, a walk-in, the rentable items, the pieces being cleaned and the shop's rules; a rental opens over them.
 */
export function RentalsArea({ role, shopName }: { role: Role; shopName: string }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('today');
  const [open, setOpen] = useState<{ id: number; justDone: JustDone | null; n: number } | null>(null);
  const [today, setToday] = useState('');
  const [billing, setBilling] = useState<BillingSettings | null>(null);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    void call('billing.getSettings', {}).then((r) => r.ok && setBilling(r.value));
    // The shop's day, from the core (a list of one row is the cheapest question that answers it).
    void call('rentals.list', { view: 'due_today', q: '', limit: 1, offset: 0 }).then((r) => r.ok && setToday(r.value.today));
  }, []);

  const openRental = (id: number, justDone: JustDone | null = null) => setOpen((o) => ({ id, justDone, n: (o?.n ?? 0) + 1 }));

  // A piece's tag scanned on a list (a customer brings a costume back): open the rental it is out on.
  const [scanNote, setScanNote] = useState<string | null>(null);
  useScanner((code) => {
    void call('rentals.lookup', { code }).then((r) => {
      if (r.ok && r.value?.rentalId) {
        setScanNote(null);
        openRental(r.value.rentalId);
      } else setScanNote(code);
    });
  }, !open && (tab === 'today' || tab === 'bookings' || tab === 'cleaning'));

  const ctx = useMemo<RentalsContext>(() => ({ today, setToday, billing, shopName, manager: role !== 'cashier' }), [today, billing, shopName, role]);
  const toTab = (k: Tab) => {
    setOpen(null);
    setTab(k);
    if (k === 'new' || k === 'walkIn') setFormKey((n) => n + 1);
  };

  const tabs: { key: Tab; label: string }[] = [
    { key: 'today', label: t('rental.tabs.today') },
    { key: 'bookings', label: t('rental.tabs.bookings') },
    { key: 'new', label: t('rental.tabs.new') },
    { key: 'walkIn', label: t('rental.tabs.walkIn') },
    { key: 'items', label: t('rental.tabs.items') },
    { key: 'cleaning', label: t('rental.tabs.cleaning') },
    { key: 'rules', label: t('rental.tabs.rules') },
  ];

  return (
    <RentalsCtx.Provider value={ctx}>
      <section className="screen rentals" data-testid="rentals-screen">
        <div className="screen-head">
          <h2>{t('rentals.title')}</h2>
          <Tabs<Tab> current={open ? ('' as Tab) : tab} onChange={toTab} tabs={tabs} />
        </div>
        {scanNote !== null && !open ? <p className="banner banner-info" role="status" data-testid="rentals-scan-note">{t('rental.scanNotOut', { code: scanNote })}</p> : null}
        {open ? (
          <RentalDetail key={open.n} id={open.id} justDone={open.justDone} onBack={() => setOpen(null)} />
        ) : (
          <>
            {tab === 'today' ? <TodayTab onOpen={(id) => openRental(id)} onNew={() => toTab('new')} onWalkIn={() => toTab('walkIn')} /> : null}
            {tab === 'bookings' ? <BookingsTab onOpen={(id) => openRental(id)} /> : null}
            {tab === 'new' ? <BookingForm key={`b${formKey}`} mode="book" onDone={(r) => openRental(r.id, 'booked')} /> : null}
            {tab === 'walkIn' ? <BookingForm key={`w${formKey}`} mode="walkin" onDone={(r) => openRental(r.id, 'walkin')} /> : null}
            {tab === 'items' ? <ItemsTab /> : null}
            {tab === 'cleaning' ? <CleaningTab /> : null}
            {tab === 'rules' ? <RulesCard /> : null}
          </>
        )}
      </section>
    </RentalsCtx.Provider>
  );
}
