import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoLoaded, SessionUser, ShopSettings } from '../../src/shared/api';
import { LanguageSwitch } from './components/LanguageSwitch';
import { whenIdle } from './idle';
import { lazyArea } from './lazyArea';
// The manager's home is in the app's own code (a few kB), so it never shows the areas' "loading" on login.
import { DashboardScreen } from './screens/Dashboard/DashboardScreen';
import type { Target } from './screens/Dashboard/targets';
import { SellScreen } from './screens/Sell/SellScreen';

// The counter opens on Sell (a manager's on her dashboard); the other areas' code loads apart from it, so the app starts on less code.
// Once the Sell screen stands idle their code is fetched ahead (prefetchAreas), so the first F2-F6
// opens at once instead of showing "loading".
const Artisans = lazyArea(() => import('./screens/Artisans/ArtisansArea').then((m) => m.ArtisansArea));
const Rentals = lazyArea(() => import('./screens/Rentals/RentalsArea').then((m) => m.RentalsArea));
const Settings = lazyArea(() => import('./screens/Settings/SettingsScreen').then((m) => m.SettingsScreen));
const Stock = lazyArea(() => import('./screens/Stock/StockArea').then((m) => m.StockArea));
const Reports = lazyArea(() => import('./screens/Reports/ReportsArea').then((m) => m.ReportsArea));
const Board = lazyArea(() => import('./screens/Board/BoardArea').then((m) => m.BoardArea));
const Orders = lazyArea(() => import('./screens/Orders/OrdersArea').then((m) => m.OrdersArea));
const { Area: ArtisansArea } = Artisans;
const { Area: RentalsArea } = Rentals;
const { Area: SettingsScreen } = Settings;
const { Area: StockArea } = Stock;
const { Area: ReportsArea } = Reports;
const { Area: BoardArea } = Board;
const { Area: OrdersArea } = Orders;

/** Fetch the other areas' code in the order of their keys. A failure here is harmless: opening the area tries again. */
function prefetchAreas(): void {
  for (const a of [Rentals, Stock, Artisans, Reports, Settings, Orders, Board]) void a.prefetch();
}

const AREAS = ['sell', 'rentals', 'stock', 'artisans', 'reports', 'settings', 'orders', 'board'] as const;
/**
 * Each area's key. F1-F6 stay where the counter learnt them; F7, F8 and F9 are the Sell cart's (take
 * UPI, take payment, park the bill), so the areas that came later take F10 (custom orders) and
 * Shift+F10 (the members' board); F12 is the manager's dashboard.
 */
const AREA_KEYS: Record<(typeof AREAS)[number], string> = { sell: 'F1', rentals: 'F2', stock: 'F3', artisans: 'F4', reports: 'F5', settings: 'F6', orders: 'F10', board: 'Shift+F10' };
/**
 * 'home' is the manager's dashboard; a cashier's home is Sell and she has no dashboard. Its key is
 * F12, clear of the areas' keys.
 */
type Area = (typeof AREAS)[number] | 'home';
const HOME_KEY = 'F12';

/** The shop's areas behind one navigation; their F-keys jump between them from anywhere. */
export function Shell(props: { user: SessionUser; shopName: string; demoPins?: DemoLoaded['pins']; onLock: () => void; onSettings: (s: ShopSettings) => void }) {
  const { t } = useTranslation();
  const manager = props.user.role !== 'cashier';
  const [area, setArea] = useState<Area>(manager ? 'home' : 'sell');
  // The screen a dashboard tile asked for inside its area (a tab, a member); any other way in starts the area afresh.
  const [target, setTarget] = useState<Target | null>(null);
  const go = (a: Area) => {
    setTarget(null);
    setArea(a);
  };
  const openTarget = (to: Target) => {
    setTarget(to);
    setArea(to.area);
  };
  const tab = <A extends Target['area']>(a: A) => (target?.area === a ? (target as Extract<Target, { area: A }>) : undefined);

  // The counter opens on Sell: when it stands idle after its first paint, warm the other areas.
  useEffect(() => whenIdle(prefetchAreas), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const pressed = `${e.shiftKey ? 'Shift+' : ''}${e.key}`;
      const a = AREAS.find((x) => AREA_KEYS[x] === pressed);
      if (a) {
        e.preventDefault();
        go(a);
      } else if (e.key === HOME_KEY && manager) {
        e.preventDefault();
        go('home');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [manager]);

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
        {manager ? (
          <button type="button" className={area === 'home' ? 'nav-item nav-on' : 'nav-item'} aria-current={area === 'home' ? 'page' : undefined} onClick={() => go('home')} data-testid="nav-home">
            <span>{t('dashboard.nav')}</span>
            <kbd>{HOME_KEY}</kbd>
          </button>
        ) : null}
        {AREAS.map((a) => (
          <button key={a} type="button" className={a === area ? 'nav-item nav-on' : 'nav-item'} aria-current={a === area ? 'page' : undefined} onClick={() => go(a)} data-testid={`nav-${a}`}>
            <span>{t(`nav.${a}`)}</span>
            <kbd>{AREA_KEYS[a].replace('Shift+', '⇧ ')}</kbd>
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
        {area === 'home' && manager ? <DashboardScreen open={openTarget} /> : null}
        <Suspense fallback={<p className="muted" data-testid="area-loading">{t('common.loading')}</p>}>
          {area === 'stock' ? <StockArea role={props.user.role} tab={tab('stock')?.tab} /> : null}
          {area === 'settings' ? <SettingsScreen onSaved={props.onSettings} user={props.user} tab={tab('settings')?.tab} /> : null}
          {area === 'artisans' ? <ArtisansArea role={props.user.role} artisanId={tab('artisans')?.artisanId} /> : null}
          {area === 'rentals' ? <RentalsArea role={props.user.role} shopName={props.shopName} /> : null}
          {area === 'reports' ? <ReportsArea role={props.user.role} /> : null}
          {area === 'orders' ? <OrdersArea shopName={props.shopName} role={props.user.role} /> : null}
          {area === 'board' ? <BoardArea /> : null}
        </Suspense>
      </main>
    </div>
  );
}
