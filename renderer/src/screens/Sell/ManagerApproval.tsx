import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫'];

export type ApprovalReason = 'discount' | 'priceOverride' | 'refund';
export interface Approval {
  userId: number;
  pin: string;
}

/**
 * "This needs a manager": she picks her name and types her PIN on the big keypad (or keys);
 * `onApprove` resends the sale or return with her approval and returns an error to show, or null.
 */
export function ManagerApproval(props: { reason: ApprovalReason; onApprove: (a: Approval) => Promise<string | null>; onCancel: () => void }) {
  const { t } = useTranslation();
  const [managers, setManagers] = useState<SessionUser[]>([]);
  const [who, setWho] = useState<SessionUser | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('session.people', {}).then((r) => {
      if (!r.ok) return;
      const list = r.value.filter((p) => p.role !== 'cashier');
      setManagers(list);
      if (list.length === 1) setWho(list[0] ?? null);
    });
  }, []);

  async function approve() {
    if (!who || pin.length < 4 || busy) return;
    setBusy(true);
    const err = await props.onApprove({ userId: who.id, pin });
    setBusy(false);
    setPin('');
    if (err) setError(err);
  }

  function press(k: string) {
    setError('');
    if (k === 'C') setPin('');
    else if (k === '⌫') setPin(pin.slice(0, -1));
    else if (pin.length < 6) setPin(pin + k);
  }

  return (
    <div className="sale-modal" role="dialog" aria-modal="true" aria-labelledby="approval-title" data-testid="approval-dialog"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); props.onCancel(); } }}>
      <form className="card sale-approval" onSubmit={(e) => { e.preventDefault(); void approve(); }}>
        <div className="sale-approval-head">
          <h3 id="approval-title">{t('sale.approvalTitle')}</h3>
          <LanguageSwitch />
        </div>
        <p className="banner banner-info">{t(`sale.approvalWhy.${props.reason}`)}</p>
        <div className="people" role="list" aria-label={t('sale.approvalWho')}>
          {managers.map((p) => (
            <button key={p.id} role="listitem" type="button" className={who?.id === p.id ? 'person person-on' : 'person'} onClick={() => { setWho(p); setPin(''); setError(''); }}>
              <span className="person-name">{p.name}</span>
              <span className="person-role">{t(`roles.${p.role}`)}</span>
            </button>
          ))}
        </div>
        {who ? (
          <div className="pinpad">
            <label htmlFor="approval-pin">{t('lock.enterPin', { name: who.name })}</label>
            <input id="approval-pin" className="pin-display" type="password" inputMode="numeric" autoFocus maxLength={6} value={pin}
              onChange={(e) => { setError(''); setPin(e.target.value.replace(/\D/g, '')); }} data-testid="approval-pin" />
            {error ? <p className="banner banner-error" role="alert" data-testid="approval-error">{error}</p> : null}
            <div className="keys">
              {KEYS.map((k) => (
                <button key={k} type="button" className="key" onClick={() => press(k)} aria-label={k === 'C' ? t('lock.clear') : k === '⌫' ? t('lock.erase') : k}>{k}</button>
              ))}
            </div>
          </div>
        ) : null}
        <div className="row">
          <button type="button" className="big" onClick={props.onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="primary big" disabled={!who || pin.length < 4 || busy} data-testid="approval-ok">{t('sale.approve')}</button>
        </div>
      </form>
    </div>
  );
}
