import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldCart } from '../../../../src/shared/api/sales';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { cartFromHeld } from './cart';
import { useCart } from './cartStore';
import { formatWhen } from './format';

/** Parked bills (a customer stepped away): pick one up again on the counter. */
export function HeldCarts(props: { onResumed: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [cart, setCart] = useCart();
  const [rows, setRows] = useState<HeldCart[] | null>(null);
  const [error, setError] = useState('');

  const load = () => void call('sales.listHeld', {}).then((r) => setRows(r.ok ? r.value : []));
  useEffect(load, []);

  async function resume(h: HeldCart) {
    const r = await call('sales.takeHeld', { id: h.id });
    if (!r.ok) {
      setError(showError(r.error).message);
      return load();
    }
    const c = cartFromHeld(r.value.cart);
    if (c) setCart(c);
    props.onResumed();
  }

  const busy = cart.lines.length > 0;
  return (
    <section className="held" data-testid="held-list">
      {busy ? <p className="banner banner-info">{t('sale.finishCurrentFirst')}</p> : null}
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {rows === null ? <p className="muted">{t('common.loading')}</p> : rows.length === 0 ? <p className="card muted">{t('sale.noneHeld')}</p> : (
        <table className="grid">
          <thead>
            <tr><th>{t('sale.heldLabel')}</th><th>{t('sale.heldAt')}</th><th>{t('sale.cashier')}</th><th className="num">{t('sale.items')}</th><th className="num">{t('sale.total')}</th><th /></tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id}>
                <td>{h.label || t('sale.heldNo', { id: h.id })}</td>
                <td>{formatWhen(h.createdAt, i18n.language)}</td>
                <td>{h.by}</td>
                <td className="num">{Array.isArray(h.cart.lines) ? h.cart.lines.length : '—'}</td>
                <td className="num"><Money paise={h.totalPaise} /></td>
                <td><button type="button" className="primary" disabled={busy} onClick={() => void resume(h)} data-testid={`resume-${h.id}`}>{t('sale.resume')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
