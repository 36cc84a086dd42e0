import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoLoaded, SessionUser } from '../../src/shared/api';
import { call, LOCKED_EVENT } from './api/client';
import { LinkBanner } from './components/LinkBanner';
import { useApiError } from './components/useApiError';
import { LANG_KEY, setLanguage } from './i18n';
import { LockScreen } from './screens/Lock/LockScreen';
import { SetupScreen } from './screens/Setup/SetupScreen';
import { Shell } from './Shell';
import { setShopZone } from './shopZone';

/** A counter left alone this long locks itself (the core forgets idle logins after 30 minutes too). */
const AUTO_LOCK_MS = 10 * 60_000;

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'setup' }
  | { kind: 'locked'; shopName: string }
  | { kind: 'open'; shopName: string; user: SessionUser; demoPins?: DemoLoaded['pins'] };

/** First run -> setup; otherwise the lock screen until someone unlocks with a PIN. */
export function App() {
  const { t } = useTranslation();
  const showError = useApiError();
  const [state, setState] = useState<State>({ kind: 'loading' });

  async function refresh(demoPins?: DemoLoaded['pins']) {
    const status = await call('setup.status', {});
    if (!status.ok) return setState({ kind: 'error', message: showError(status.error).message });
    // The shop's default language applies until someone picks one on this computer.
    if (!localStorage.getItem(LANG_KEY) && status.value.setUp) setLanguage(status.value.language, false);
    if (!status.value.setUp) return setState({ kind: 'setup' });
    setShopZone(status.value.timeZone);
    const shopName = status.value.shopName ?? '';
    const me = await call('session.current', {});
    if (me.ok && me.value) setState({ kind: 'open', shopName, user: me.value, demoPins });
    else setState({ kind: 'locked', shopName });
  }

  useEffect(() => {
    void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Lock the counter when the core says the login is over, and after minutes of no one touching it.
  const open = state.kind === 'open';
  useEffect(() => {
    if (!open) return;
    const lock = () => void call('session.logout', {}).then(() => refresh());
    let timer = window.setTimeout(lock, AUTO_LOCK_MS);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, AUTO_LOCK_MS);
    };
    const ended = () => void refresh();
    window.addEventListener(LOCKED_EVENT, ended);
    for (const e of ['keydown', 'pointerdown'] as const) window.addEventListener(e, touched);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener(LOCKED_EVENT, ended);
      for (const e of ['keydown', 'pointerdown'] as const) window.removeEventListener(e, touched);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  return (
    <>
      <LinkBanner />
      {screen()}
    </>
  );

  function screen() {
    switch (state.kind) {
      case 'loading':
        return <p className="center">{t('common.loading')}</p>;
      case 'error':
        return <p className="banner banner-error center" role="alert">{state.message}</p>;
      case 'setup':
        return <SetupScreen onDone={(_u, pins) => void refresh(pins)} onJoined={() => void refresh()} />;
      case 'locked':
        return <LockScreen shopName={state.shopName} onUnlock={() => void refresh()} />;
      case 'open':
        return (
          <Shell
            user={state.user}
            shopName={state.shopName}
            demoPins={state.demoPins}
            onLock={() => void call('session.logout', {}).then(() => refresh())}
            onSettings={(s) => {
              setShopZone(s.timeZone);
              setState({ ...state, shopName: s.shopName });
            }}
          />
        );
    }
  }
}
