import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CashMove } from '../../../../src/shared/api/till';
import { parseRupees } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { useApiError, type ShownError } from '../../components/useApiError';

/** Cash put in or taken out by hand with its reason (change from the bank, tea for a meeting): part of the expected cash. */
export function CashMovesCard(props: { moves: CashMove[]; canMove: boolean; onMoved: () => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [direction, setDirection] = useState<'in' | 'out'>('out');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [err, setErr] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);
  const requestId = useRef(crypto.randomUUID());
  const paise = amount.trim() ? parseRupees(amount) : null;

  async function save() {
    if (paise === null || busy) return;
    setBusy(true);
    setErr(null);
    const r = await call('till.moveCash', { requestId: requestId.current, direction, amountPaise: paise, reason });
    setBusy(false);
    if (!r.ok) return setErr(showError(r.error));
    requestId.current = crypto.randomUUID();
    setAmount('');
    setReason('');
    props.onMoved();
  }

  return (
    <section className="card rep-card rep-moves" data-testid="till-moves">
      <h3>{t('till.movesTitle')}</h3>
      {props.moves.length === 0 ? <p className="muted">{t('till.movesNone')}</p> : (
        <table className="rep-rows">
          <tbody>
            {props.moves.map((m) => (
              <tr key={m.id} className="rep-row">
                <th scope="row">{t(m.direction === 'in' ? 'till.moveIn_short' : 'till.moveOut_short')}: {m.reason} <span className="muted">({m.by})</span></th>
                <td className="num">{m.direction === 'out' ? '−' : '+'}<Money paise={m.amountPaise} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.canMove ? (
        <form className="rep-move-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <div className="rep-move-kind" role="radiogroup">
            {(['out', 'in'] as const).map((d) => (
              <label key={d}><input type="radio" name="till-dir" checked={direction === d} onChange={() => setDirection(d)} data-testid={`till-dir-${d}`} /> {t(d === 'in' ? 'till.moveIn' : 'till.moveOut')}</label>
            ))}
          </div>
          <Field id="till-amount" label={t('till.moveAmount')} error={err?.fields.amountPaise}>
            <input id="till-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="till-amount" />
          </Field>
          <Field id="till-reason" label={t('till.moveReason')} hint={t('till.moveReasonHint')} error={err?.fields.reason}>
            <input id="till-reason" value={reason} maxLength={120} onChange={(e) => setReason(e.target.value)} data-testid="till-reason" />
          </Field>
          {err && !Object.keys(err.fields).length ? <p className="banner banner-error" role="alert">{err.message}</p> : null}
          <button type="submit" disabled={busy || paise === null || !reason.trim()} data-testid="till-move-save">{t('till.moveSave')}</button>
        </form>
      ) : null}
    </section>
  );
}
