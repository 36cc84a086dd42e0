import { useTranslation } from 'react-i18next';
import type { UnpaidEntry } from '../../../../src/shared/api/payouts';
import { Money } from '../../components/Money';
import { namePair, showQty } from './format';
import { showDate } from './payoutDates';

/**
 * Her unpaid entries with a tick each: sales earn her share; a customer's return and a
 * deducting adjustment take from it (shown in red, with a minus).
 */
export function UnpaidTable(props: { entries: UnpaidEntry[]; ticked: Set<number>; onToggle: (ledgerId: number) => void; onAll: (on: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const hiFirst = i18n.language === 'hi';
  const all = props.entries.length > 0 && props.entries.every((e) => props.ticked.has(e.ledgerId));
  return (
    <table className="grid po-entries" data-testid="unpaid-table">
      <thead>
        <tr>
          <th className="po-tick">
            <input type="checkbox" checked={all} onChange={(e) => props.onAll(e.target.checked)} aria-label={t('payout.tickAll')} data-testid="unpaid-all" />
          </th>
          <th>{t('payout.date')}</th>
          <th>{t('payout.billNo')}</th>
          <th>{t('payout.item')}</th>
          <th className="num">{t('payout.qty')}</th>
          <th className="num">{t('payout.salePrice')}</th>
          <th className="num">{t('payout.shopShare')}</th>
          <th className="num">{t('payout.herShare')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const on = props.ticked.has(e.ledgerId);
          const name = namePair(hiFirst, e);
          const deduction = e.amountPaise < 0;
          const label = e.kind === 'accrual' ? null : t(`payout.kind.${e.kind}`);
          return (
            <tr key={e.ledgerId} className={[on ? '' : 'po-off', deduction ? 'po-minus' : ''].join(' ').trim() || undefined} data-testid={`unpaid-${e.ledgerId}`} onClick={() => props.onToggle(e.ledgerId)}>
              <td className="po-tick">
                <input type="checkbox" checked={on} onClick={(ev) => ev.stopPropagation()} onChange={() => props.onToggle(e.ledgerId)} aria-label={t('payout.tickOne', { item: name.main || label || '' })} />
              </td>
              <td>{showDate(e.businessDate)}</td>
              <td>{e.billNo ?? '—'}</td>
              <td>
                {label ? <span className="po-kind">{label}</span> : null}
                {name.main ? <span className="name-main">{name.main}</span> : null}
                {name.sub ? <span className="name-sub" lang={name.subLang}>{name.sub}</span> : null}
                {e.kind !== 'accrual' && e.note ? <span className="name-sub">{e.note}</span> : null}
              </td>
              <td className="num">{e.qtyMilli ? showQty(e.qtyMilli) : '—'}</td>
              <td className="num">{e.kind === 'accrual' ? <Money paise={e.salePaise} /> : '—'}</td>
              <td className="num">{e.kind === 'accrual' ? <Money paise={e.shopSharePaise} /> : '—'}</td>
              <td className="num po-her">
                <Money paise={e.amountPaise} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
