import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Order, OrderSummary, OrderView, OrdersDueSummary, Role } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { Tabs } from '../../components/Tabs';
import { dateShort } from '../Rentals/dates';
import { NewOrderForm } from './NewOrderForm';
import { OrderDetail } from './OrderDetail';
import './orders.css';

type Tab = OrderView | 'new';

/**
 * ऑर्डर (F10): custom orders. The day's questions first (due today and this week, overdue, ready
 * and not collected, advances held), the lists, a new order; an order opens over them.
 */
export function OrdersArea({ shopName, role }: { shopName: string; role: Role }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [tab, setTab] = useState<Tab>('open');
  const [rows, setRows] = useState<OrderSummary[]>([]);
  const [summary, setSummary] = useState<OrdersDueSummary | null>(null);
  const [q, setQ] = useState('');
  const [openId, setOpenId] = useState<number | null>(null);
  const [justMade, setJustMade] = useState('');
  const [n, setN] = useState(0);

  useEffect(() => {
    void call('orders.getDueSummary', {}).then((r) => r.ok && setSummary(r.value));
    if (tab !== 'new') void call('orders.list', { view: tab, q, limit: 200 }).then((r) => r.ok && setRows(r.value));
  }, [tab, q, n]);

  const tabs: { key: Tab; label: string }[] = (['open', 'due_week', 'overdue', 'ready', 'delivered', 'cancelled', 'new'] as const).map((k) => ({ key: k, label: t(`orders.tabs.${k}`) }));
  const onCreated = (o: Order) => {
    setJustMade(o.orderNo);
    setN((x) => x + 1);
    setOpenId(o.id);
  };
  const tile = (key: string, label: string, b: { count: number; valuePaise: number } | undefined, go: Tab) => (
    <button type="button" className="card ord-tile" onClick={() => { setOpenId(null); setTab(go); }} data-testid={`order-tile-${key}`}>
      <span className="muted">{label}</span>
      <strong className="ord-big">{b?.count ?? 0}</strong>
      <Money paise={b?.valuePaise ?? 0} />
    </button>
  );

  return (
    <section className="screen orders" data-testid="orders-area">
      <h2>{t('orders.title')}</h2>
      <div className="ord-tiles">
        {tile('today', t('orders.summary.dueToday'), summary?.dueToday, 'due_week')}
        {tile('week', t('orders.summary.dueWeek'), summary?.dueThisWeek, 'due_week')}
        {tile('overdue', t('orders.summary.overdue'), summary?.overdue, 'overdue')}
        {tile('ready', t('orders.summary.ready'), summary?.readyNotCollected, 'ready')}
        <div className="card ord-tile" data-testid="order-tile-held"><span className="muted">{t('orders.summary.held')}</span><Money paise={summary?.heldPaise ?? 0} className="ord-big" /></div>
      </div>
      <Tabs tabs={tabs} current={tab} onChange={(k) => { setOpenId(null); setJustMade(''); setTab(k); }} />
      {justMade ? <p className="banner banner-ok" data-testid="order-made">{t('orders.created', { no: justMade })}</p> : null}
      {openId !== null ? (
        <OrderDetail key={openId} orderId={openId} shopName={shopName} manager={role !== 'cashier'} onBack={() => setOpenId(null)} onChanged={() => setN((x) => x + 1)} />
      ) : tab === 'new' ? (
        <NewOrderForm today={summary?.today ?? ''} onCreated={onCreated} />
      ) : (
        <>
          <input className="ord-search" type="search" value={q} placeholder={t('orders.search')} aria-label={t('orders.search')} onChange={(e) => setQ(e.target.value)} data-testid="order-search" />
          {rows.length === 0 ? <p className="muted" data-testid="orders-none">{t('orders.none')}</p> : (
            <table className="grid" data-testid="orders-table">
              <thead><tr><th>{t('orders.col.no')}</th><th>{t('orders.col.customer')}</th><th>{t('orders.col.items')}</th><th>{t('orders.col.due')}</th><th className="num">{t('orders.col.value')}</th><th className="num">{t('orders.col.held')}</th></tr></thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id} onClick={() => setOpenId(r.id)} data-testid={`order-row-${r.orderNo}`}>
                    <td><button type="button" className="link-button" onClick={(e) => { e.stopPropagation(); setOpenId(r.id); }}>{r.orderNo}</button> <span className={`ord-status ord-${r.status}`}>{t(`orders.status.${r.status}`)}</span></td>
                    <td><span className="name-main">{r.customerName}</span><span className="name-sub">{r.customerPhone}</span></td>
                    <td>{lang === 'hi' ? r.itemsHi : r.itemsEn}</td>
                    <td className={r.overdue ? 'ord-late' : ''}>{dateShort(r.dueDate, lang)}</td>
                    <td className="num"><Money paise={r.openValuePaise} /></td>
                    <td className="num"><Money paise={r.heldPaise} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
