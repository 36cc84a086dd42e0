import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PeoplePicker, PinPad } from '../../components/PinPad';

export type ApprovalReason = 'discount' | 'priceOverride' | 'refund';
export interface Approval {
  userId: number;
  pin: string;
}

/**
 * "This needs a manager": she picks her name and types her PIN on the big keypad (or keys);
 * `onApprove` resends the sale or return with her approval and returns an error to show, or null.
 */
/** A wrong or locked-out PIN, or a person who may not approve: shown at the PIN pad, not on the form behind it. */
export const APPROVER_ERRORS: ReadonlySet<string> = new Set(['WRONG_PIN', 'LOCKED_OUT', 'FORBIDDEN']);

export function ManagerApproval(props: { reason: ApprovalReason; /** Another screen's own words for why (a rental's waived late fee). */ why?: string; onApprove: (a: Approval) => Promise<string | null>; onCancel: () => void }) {
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

  return (
    <div className="sale-modal" role="dialog" aria-modal="true" aria-labelledby="approval-title" data-testid="approval-dialog"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); props.onCancel(); } }}>
      <form className="card sale-approval" onSubmit={(e) => { e.preventDefault(); void approve(); }}>
        <div className="sale-approval-head">
          <h3 id="approval-title">{t('sale.approvalTitle')}</h3>
          <LanguageSwitch />
        </div>
        <p className="banner banner-info">{props.why ?? t(`sale.approvalWhy.${props.reason}`)}</p>
        <PeoplePicker people={managers} chosen={who} label={t('sale.approvalWho')} onChoose={(p) => { setWho(p); setPin(''); setError(''); }} />
        {who ? (
          <div className="pinpad">
            <PinPad id="approval-pin" name={who.name} pin={pin} onPin={(p) => { setError(''); setPin(p); }} error={error} inputTestId="approval-pin" errorTestId="approval-error" />
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
