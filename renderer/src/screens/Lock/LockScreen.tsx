import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useApiError } from '../../components/useApiError';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫'];

/** The counter's lock: pick your name, type your PIN on the big keypad or the keyboard. */
export function LockScreen({ shopName, onUnlock }: { shopName: string; onUnlock: (u: SessionUser) => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [people, setPeople] = useState<SessionUser[]>([]);
  const [who, setWho] = useState<SessionUser | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    void call('session.people', {}).then((r) => {
      if (r.ok) {
        setPeople(r.value);
        if (r.value.length === 1) setWho(r.value[0] ?? null);
      }
    });
  }, []);

  async function unlock(p = pin) {
    if (!who) return;
    const r = await call('session.login', { userId: who.id, pin: p });
    setPin('');
    if (r.ok) onUnlock(r.value);
    else setError(showError(r.error).fields.pin ?? showError(r.error).message);
  }

  function press(k: string) {
    setError('');
    if (k === 'C') setPin('');
    else if (k === '⌫') setPin(pin.slice(0, -1));
    else if (pin.length < 6) setPin(pin + k);
  }

  return (
    <div className="lock">
      <header className="setup-head">
        <div>
          <h1 className="brand">{shopName}</h1>
          <p className="tagline">{t('lock.title')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <div className="lock-body">
        <div className="people" role="list" aria-label={t('lock.choose')}>
          {people.map((p) => (
            <button key={p.id} role="listitem" type="button" className={who?.id === p.id ? 'person person-on' : 'person'} onClick={() => { setWho(p); setPin(''); setError(''); }}>
              <span className="person-name">{p.name}</span>
              <span className="person-role">{t(`roles.${p.role}`)}</span>
            </button>
          ))}
        </div>
        {who ? (
          <form className="card pinpad" onSubmit={(e) => { e.preventDefault(); void unlock(); }}>
            <label htmlFor="pin-input">{t('lock.enterPin', { name: who.name })}</label>
            <input id="pin-input" className="pin-display" type="password" inputMode="numeric" autoFocus maxLength={6} value={pin}
              onChange={(e) => { setError(''); setPin(e.target.value.replace(/\D/g, '')); }} data-testid="pin-input" />
            {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
            <div className="keys">
              {KEYS.map((k) => (
                <button key={k} type="button" className="key" onClick={() => press(k)} aria-label={k === 'C' ? t('lock.clear') : k === '⌫' ? t('lock.erase') : k}>
                  {k}
                </button>
              ))}
            </div>
            <button type="submit" className="primary big" disabled={pin.length < 4} data-testid="unlock">{t('lock.unlock')}</button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
