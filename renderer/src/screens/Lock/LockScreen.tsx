import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useApiError } from '../../components/useApiError';
import { PeoplePicker, PinPad } from '../../components/PinPad';


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
        <PeoplePicker people={people} chosen={who} label={t('lock.choose')} onChoose={(p) => { setWho(p); setPin(''); setError(''); }} />
        {who ? (
          <form className="card pinpad" onSubmit={(e) => { e.preventDefault(); void unlock(); }}>
            <PinPad id="pin-input" name={who.name} pin={pin} onPin={(p) => { setError(''); setPin(p); }} error={error} inputTestId="pin-input" />
            <button type="submit" className="primary big" disabled={pin.length < 4} data-testid="unlock">{t('lock.unlock')}</button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
