import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../src/shared/api';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫'];

/** Big name buttons to pick who is typing a PIN (the lock screen, a manager's approval). */
export function PeoplePicker(props: { people: SessionUser[]; chosen: SessionUser | null; onChoose: (p: SessionUser) => void; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="people" role="list" aria-label={props.label}>
      {props.people.map((p) => (
        // A list item holding a real button: assistive technology hears "name, role, button" (#19).
        <div key={p.id} role="listitem" className="person-item">
          <button type="button" className={props.chosen?.id === p.id ? 'person person-on' : 'person'} aria-pressed={props.chosen?.id === p.id} onClick={() => props.onChoose(p)}>
            <span className="person-name">{p.name}</span>
            <span className="person-role">{t(`roles.${p.role}`)}</span>
          </button>
        </div>
      ))}
    </div>
  );
}

/** A PIN typed on the keyboard or on big keys (4-6 digits), with its error under it. */
export function PinPad(props: { id: string; name: string; pin: string; onPin: (pin: string) => void; error: string; inputTestId: string; errorTestId?: string }) {
  const { t } = useTranslation();
  const press = (k: string) => {
    if (k === 'C') props.onPin('');
    else if (k === '⌫') props.onPin(props.pin.slice(0, -1));
    else if (props.pin.length < 6) props.onPin(props.pin + k);
  };
  return (
    <>
      <label htmlFor={props.id}>{t('lock.enterPin', { name: props.name })}</label>
      <input id={props.id} className="pin-display" type="password" inputMode="numeric" autoFocus maxLength={6} value={props.pin}
        onChange={(e) => props.onPin(e.target.value.replace(/\D/g, ''))} data-testid={props.inputTestId} />
      {props.error ? <p className="banner banner-error" role="alert" data-testid={props.errorTestId}>{props.error}</p> : null}
      <div className="keys">
        {KEYS.map((k) => (
          <button key={k} type="button" className="key" onClick={() => press(k)} aria-label={k === 'C' ? t('lock.clear') : k === '⌫' ? t('lock.erase') : k}>
            {k}
          </button>
        ))}
      </div>
    </>
  );
}
