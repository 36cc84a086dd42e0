import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { dateShort } from '../Rentals/dates';

/** A maker's open custom-order work (on her artisan page): what she still has to make, for which order, by when. */
export function OpenWork({ artisanId }: { artisanId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [rows, setRows] = useState<OrderSummary[] | null>(null);
  useEffect(() => {
    void call('orders.list', { view: 'open', artisanId, q: '', limit: 200 }).then((r) => r.ok && setRows(r.value.filter((o) => (o.work ?? []).length > 0)));
  }, [artisanId]);
  if (!rows || rows.length === 0) return null;
  return (
    <div className="card" data-testid="artisan-open-work">
      <h3>{t('orders.openWork')}</h3>
      <table className="grid">
        <thead><tr><th>{t('orders.col.no')}</th><th>{t('orders.col.items')}</th><th className="num">{t('orders.left')}</th><th>{t('orders.share')}</th><th>{t('orders.col.due')}</th></tr></thead>
        <tbody>
          {rows.flatMap((o) => (o.work ?? []).map((w, i) => (
            <tr key={`${o.id}-${i}`}>
              <td>{o.orderNo}</td>
              <td>{lang === 'hi' ? w.nameHi || w.nameEn : w.nameEn || w.nameHi}</td>
              <td className="num">{w.openMilli / 1000}</td>
              <td>{w.shareBps / 100}%</td>
              <td className={o.overdue ? 'ord-late' : ''}>{dateShort(o.dueDate, lang)}</td>
            </tr>
          )))}
        </tbody>
      </table>
    </div>
  );
}
