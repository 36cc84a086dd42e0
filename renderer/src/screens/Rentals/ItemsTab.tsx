import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentableItem } from '../../../../src/shared/api/rentals';
import { Money } from '../../components/Money';
import { pickName } from '../Stock/names';
import { CalendarDialog } from './CalendarDialog';
import { useRentals } from './context';
import { ItemPanel } from './ItemPanel';
import { itemMatches, useRentableItems } from './useRentableItems';

/** Everything the shop rents out, with its price, deposit and late fee; open one for its pieces and terms. */
export function ItemsTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { today } = useRentals();
  const [reload, setReload] = useState(0);
  const { items, error } = useRentableItems(false, reload);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const [calendar, setCalendar] = useState<number | null>(null);

  const item = items?.find((i) => i.productId === open);
  if (item) return <ItemPanel item={item} onBack={() => setOpen(null)} onSaved={() => setReload((n) => n + 1)} />;

  const shown = (items ?? []).filter((i) => itemMatches(i, q));
  return (
    <div className="rent-items" data-testid="rentals-items">
      <input type="search" className="search-box" placeholder={t('rental.filterItems')} aria-label={t('rental.filterItems')} value={q} onChange={(e) => setQ(e.target.value)} data-testid="items-filter" />
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {items === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {items && items.length === 0 ? <p className="card muted">{t('rental.noItems')}</p> : null}
      {shown.length > 0 ? (
        <table className="grid rent-items-table" data-testid="items-table">
          <thead>
            <tr>
              <th>{t('rental.col.item')}</th>
              <th>{t('rental.col.price')}</th>
              <th className="num">{t('rental.col.deposit')}</th>
              <th className="num">{t('rental.col.lateFee')}</th>
              <th>{t('rental.col.units')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => <ItemRow key={i.productId} item={i} lang={lang} onOpen={() => setOpen(i.productId)} onCalendar={() => setCalendar(i.productId)} />)}
          </tbody>
        </table>
      ) : null}
      {calendar !== null ? <CalendarDialog productId={calendar} start={today} onClose={() => setCalendar(null)} /> : null}
    </div>
  );
}

function ItemRow({ item: i, lang, onOpen, onCalendar }: { item: RentableItem; lang: string; onOpen: () => void; onCalendar: () => void }) {
  const { t } = useTranslation();
  const terms = i.terms;
  return (
    <tr data-testid={`item-row-${i.sku}`}>
      <td>
        <span className="name-main">{pickName(i, lang)}</span>
        <span className="name-sub">{i.sku} · {terms ? t(`rental.mode.${terms.mode}`) : t('rental.noTerms')}</span>
      </td>
      <td>
        {terms?.eventPricePaise != null ? <span className="name-main"><Money paise={terms.eventPricePaise} /> {t('rental.terms.upToDays', { days: terms.eventDays })}</span> : null}
        {terms?.dayPricePaise != null ? <span className="name-sub"><Money paise={terms.dayPricePaise} /> {t('rental.terms.perDay')}</span> : null}
        {!terms ? <span className="rent-bad">{t('rental.noTerms')}</span> : null}
      </td>
      <td className="num">{terms ? <Money paise={terms.depositPaise} /> : '—'}</td>
      <td className="num">{terms ? <><Money paise={terms.lateFeePerDayPaise} /><span className="name-sub">{t('rental.terms.perDay')}</span></> : '—'}</td>
      <td>
        {terms?.mode === 'pieces' ? (
          <span className="rent-piece-counts">
            {(['ready', 'out', 'cleaning', 'repair'] as const).map((s) => (i.pieces[s] ? <span key={s} className={`rent-pc rent-pc-${s}`}>{t(`rental.pieceStatus.${s}`)} {i.pieces[s]}</span> : null))}
            {i.untagged ? <span className="rent-pc">{t('rental.untagged', { n: i.untagged })}</span> : null}
          </span>
        ) : (
          <span>{t('rental.ownedOut', { owned: i.ownedQty, out: i.outQty })}</span>
        )}
      </td>
      <td className="rent-line-tools">
        <button type="button" onClick={onCalendar} data-testid="item-calendar">{t('rental.calendar')}</button>
        <button type="button" onClick={onOpen} data-testid="item-open">{t('rental.open')}</button>
      </td>
    </tr>
  );
}
