import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoLoaded, SessionUser, ShopSettings } from '../../src/shared/api';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SellScreen } from './screens/Sell/SellScreen';

// The counter opens on Sell; the other areas load the first time they are opened, so the app starts on less code.
const ArtisansArea = lazy(() => import('./screens/Artisans/ArtisansArea').then((m) => ({ default: m.ArtisansArea })));
const RentalsArea = lazy(() => import('./screens/Rentals/RentalsArea').then((m) => ({ default: m.RentalsArea })));
const SettingsScreen = lazy(() => import('./screens/Settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const StockArea = lazy(() => import('./screens/Stock/StockArea').then((m) => ({ default: m.StockArea })));
const ReportsArea = lazy(() => import('./screens/Reports/ReportsArea').then((m) => ({ default: m.ReportsArea })));

const AREAS = ['sell', 'rentals', 'stock', 'artisans', 'reports', 'settings'] as const;
type Area = (typeof AREAS)[number];

/** The shop's areas behind one navigation; F1-F6 jump between them from anywhere. */
export function Shell(props: { user: SessionUser; shopName: string; demoPins?: DemoLoaded['pins']; onLock: () => void; onSettings: (s: ShopSettings) => void }) {
  const { t } = useTranslation();
  const [area, setArea] = useState<Area>('sell');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = /^F([1-6])$/.exec(e.key);
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
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          {area === 'stock' ? <StockArea role={props.user.role} /> : null}
          {area === 'settings' ? <SettingsScreen onSaved={props.onSettings} user={props.user} /> : null}
          {area === 'artisans' ? <ArtisansArea role={props.user.role} /> : null}
          {area === 'rentals' ? <RentalsArea role={props.user.role} shopName={props.shopName} /> : null}
          {area === 'reports' ? <ReportsArea role={props.user.role} /> : null}
        </Suspense>
      </main>
    </div>
  );
}
