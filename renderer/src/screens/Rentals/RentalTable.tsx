import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentalSummary } from '../../../../src/shared/api/rentals';
import { Money } from '../../components/Money';
import { dateShort } from './dates';
import { StatusBadge } from './StatusBadge';

/**
 * Rentals as rows a counter can scan by eye: the slip number and its state, the customer and her
 * phone, what she has, the pick-up and due dates. A row opens the rental. `extra` adds a cell
 * (the call and WhatsApp buttons of the overdue list).
 */
export function RentalTable(props: { rows: RentalSummary[]; onOpen: (id: number) => void; extra?: (r: RentalSummary) => ReactNode; testId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <table className="grid rent-table" data-testid={props.testId}>
      <thead>
        <tr>
          <th>{t('rental.col.no')}</th>
          <th>{t('rental.col.customer')}</th>
          <th>{t('rental.col.items')}</th>
          <th>{t('rental.col.pickUp')}</th>
          <th>{t('rental.col.due')}</th>
          <th className="num">{t('rental.col.depositHeld')}</th>
          {props.extra ? <th>{t('rental.col.contact')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.id} className="rent-row" onClick={() => props.onOpen(r.id)} data-testid={`rental-row-${r.rentalNo}`}>
            <td>
              <button type="button" className="link-button rent-no" onClick={(e) => { e.stopPropagation(); props.onOpen(r.id); }} data-testid="rental-open">
                {r.rentalNo}
              </button>
              <StatusBadge status={r.status} lateDays={r.lateDays} />
            </td>
            <td>
              <span className="name-main">{r.customerName}</span>
              <span className="name-sub rent-nowrap">{r.customerPhone}</span>
            </td>
            <td>
              <span className="name-main">{lang === 'hi' ? r.itemsHi || r.itemsEn : r.itemsEn || r.itemsHi}</span>
              {r.status === 'out' && r.outstandingUnits < r.units ? <span className="name-sub">{t('rental.stillOut', { n: r.outstandingUnits, of: r.units })}</span> : null}
            </td>
            <td className="rent-date">{dateShort(r.fromDate, lang)}</td>
            <td className={r.lateDays > 0 ? 'rent-date rent-late' : 'rent-date'}>
              {dateShort(r.dueDate, lang)}
              {r.lateDays > 0 ? <span className="name-sub">{t('rental.lateDays', { count: r.lateDays })}</span> : null}
            </td>
            <td className="num">
              {/* A booking holds its advance (its balance is minus that); a rental out holds the deposit. */}
              {r.status === 'booked' ? (
                <><Money paise={Math.max(0, -r.balancePaise)} /><span className="name-sub">{t('rental.col.heldAdvance')}</span></>
              ) : (
                <><Money paise={r.depositHeldPaise} /><span className="name-sub">{t('rental.col.heldDeposit')}</span></>
              )}
              {r.status !== 'booked' && r.balancePaise > 0 ? <span className="name-sub rent-owed">{t('rental.owes')} <Money paise={r.balancePaise} /></span> : null}
            </td>
            {props.extra ? <td onClick={(e) => e.stopPropagation()}>{props.extra(r)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
