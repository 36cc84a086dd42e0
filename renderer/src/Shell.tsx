import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoLoaded, SessionUser, ShopSettings } from '../../src/shared/api';
import { LanguageSwitch } from './components/LanguageSwitch';
import { whenIdle } from './idle';
import { lazyArea } from './lazyArea';
import { SellScreen } from './screens/Sell/SellScreen';

// The counter opens on Sell; the other areas' code loads apart from it, so the app starts on less code.
// Once the Sell screen stands idle their code is fetched ahead (prefetchAreas), so the first F2-F6
// opens at once instead of showing "loading".
const Artisans = lazyArea(() => import('./screens/Artisans/ArtisansArea').then((m) => m.ArtisansArea));
const Rentals = lazyArea(() => import('./screens/Rentals/RentalsArea').then((m) => m.RentalsArea));
const Settings = lazyArea(() => import('./screens/Settings/SettingsScreen').then((m) => m.SettingsScreen));
const Stock = lazyArea(() => import('./screens/Stock/StockArea').then((m) => m.StockArea));
const Reports = lazyArea(() => import('./screens/Reports/ReportsArea').then((m) => m.ReportsArea));
const Orders = lazyArea(() => import('./screens/Orders/OrdersArea').then((m) => m.OrdersArea));
const { Area: ArtisansArea } = Artisans;
const { Area: RentalsArea } = Rentals;
const { Area: SettingsScreen } = Settings;
const { Area: StockArea } = Stock;
const { Area: ReportsArea } = Reports;
const { Area: OrdersArea } = Orders;

/** Fetch the other areas' code in F2-F7 order. A failure here is harmless: opening the area tries again. */
function prefetchAreas(): void {
  for (const a of [Rentals, Stock, Artisans, Reports, Settings, Orders]) void a.prefetch();
}

// Custom orders came later: F7, so the F1-F6 the counter already knows stay where they were.
const AREAS = ['sell', 'rentals', 'stock', 'artisans', 'reports', 'settings', 'orders'] as const;
type Area = (typeof AREAS)[number];

/** The shop's areas behind one navigation; F1-F7 jump between them from anywhere. */
export function Shell(props: { user: SessionUser; shopName: string; demoPins?: DemoLoaded['pins']; onLock: () => void; onSettings: (s: ShopSettings) => void }) {
  const { t } = useTranslation();
  const [area, setArea] = useState<Area>('sell');

  // The counter opens on Sell: when it stands idle after its first paint, warm the other areas.
  useEffect(() => whenIdle(prefetchAreas), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = /^F([1-7])$/.exec(e.key);
      if (n) {
        e.preventDefault();
        setArea(AREAS[Number(n[1]) - 1] as Area);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand-block">
          <span className="brand">{t('app.name')}</span>
          <span className="shop-name">{props.shopName}</span>
        </div>
        <span className="who" data-testid="who">{t('common.signedInAs', { name: props.user.name, role: t(`roles.${props.user.role}`) })}</span>
        <LanguageSwitch />
        <button type="button" className="lock-btn" onClick={props.onLock} data-testid="lock">{t('common.lock')}</button>
      </header>
      <nav className="nav" aria-label="main">
        {AREAS.map((a, i) => (
          <button key={a} type="button" className={a === area ? 'nav-item nav-on' : 'nav-item'} aria-current={a === area ? 'page' : undefined} onClick={() => setArea(a)} data-testid={`nav-${a}`}>
            <span>{t(`nav.${a}`)}</span>
            <kbd>F{i + 1}</kbd>
          </button>
        ))}
      </nav>
      <main className="content">
        {props.demoPins ? (
          <p className="banner banner-info" data-testid="notice">
            {t('setup.demoPins', { list: props.demoPins.map((p) => `${p.name} (${t(`roles.${p.role}`)}) ${p.pin}`).join(' · ') })}
          </p>
        ) : null}
        {area === 'sell' ? <SellScreen /> : null}
        <Suspense fallback={<p className="muted" data-testid="area-loading">{t('common.loading')}</p>}>
          {area === 'stock' ? <StockArea role={props.user.role} /> : null}
          {area === 'settings' ? <SettingsScreen onSaved={props.onSettings} user={props.user} /> : null}
          {area === 'artisans' ? <ArtisansArea role={props.user.role} /> : null}
          {area === 'rentals' ? <RentalsArea role={props.user.role} shopName={props.shopName} /> : null}
          {area === 'reports' ? <ReportsArea role={props.user.role} /> : null}
          {area === 'orders' ? <OrdersArea shopName={props.shopName} role={props.user.role} /> : null}
        </Suspense>
      </main>
    </div>
  );
}
