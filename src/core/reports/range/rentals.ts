/** Rentals over a range: income apart from what is held (the rentals report), deposits held now, and what is overdue today. */
import type { ReportSection } from '../../../shared/api/range-reports';
import type { DB } from '../../db/open';
import { listRentals } from '../../rentals/list';
import { rentalReport } from '../../rentals/report';
import { col, summed, w } from './model';

/** Overdue rentals listed at most (the counter's own list pages through the rest). */
export const OVERDUE_ROWS = 500;

export function rentalsReport(db: DB, from: string, to: string, today: string): ReportSection[] {
  const r = rentalReport(db, from, to);
  const income = summed({
    id: 'income', title: w('किराये की आमदनी', 'Rental income'),
    columns: [col('kind', 'text', 'किस्म', 'Kind'), col('amount', 'money', 'राशि', 'Amount')],
    rows: [
      [w('किराया', 'Rent'), r.rentPaise], [w('देर का शुल्क', 'Late fees'), r.lateFeePaise], [w('नुकसान', 'Damage'), r.damagePaise], [w('रखी गई अग्रिम राशि', 'Advances kept'), r.cancelKeptPaise],
    ],
    totals: [
      [w('कुल आमदनी', 'Income'), r.rentPaise + r.lateFeePaise + r.damagePaise + r.cancelKeptPaise],
      [w('इसमें जीएसटी', 'GST in it'), r.gstPaise], [w('कारीगरों का हिस्सा', "Artisans' share"), r.artisanSharePaise], [w('समूह का हिस्सा', "Group's share"), r.groupPaise],
    ],
    chart: { type: 'doughnut', labelKey: 'kind', valueKeys: ['amount'] },
    note: w(`इस अवधि में ${r.rentals} किराये दिए गए। जमा और अग्रिम ग्राहकों के हैं, आमदनी नहीं।`, `${r.rentals} rentals handed over in the period. Deposits and advances are the customers' money, not income.`),
  });
  const held = summed({
    id: 'held', title: w('ग्राहकों के लिए रखा (आज)', 'Held for customers (today)'),
    columns: [col('kind', 'text', 'किस्म', 'Kind'), col('amount', 'money', 'राशि', 'Amount')],
    rows: [[w('जमा राशि (बाहर गए किराये)', 'Deposits (rentals out)'), r.depositsHeldPaise], [w('अग्रिम (बुकिंग)', 'Advances (bookings)'), r.advancesHeldPaise]],
  });
  // The counter's own overdue list (one piece serves both).
  const overdue = listRentals(db, { view: 'overdue', q: '', limit: OVERDUE_ROWS, offset: 0 }, today);
  const late = summed({
    id: 'overdue', title: w('समय से ज़्यादा (आज)', 'Overdue (today)'),
    columns: [
      col('rental_no', 'text', 'किराया क्रमांक', 'Rental no.'), col('customer', 'text', 'ग्राहक', 'Customer'), col('phone', 'text', 'फ़ोन', 'Phone'),
      col('items', 'text', 'सामान', 'Items'), col('due', 'date', 'लौटाने का दिन', 'Due'), col('late_days', 'count', 'देर के दिन', 'Days late'),
      col('late_fee_now', 'money', 'अब तक देर का शुल्क', 'Late fee so far'), col('deposit_held', 'money', 'जमा राशि', 'Deposit held'),
    ],
    rows: overdue.rows.map((o) => [o.rentalNo, o.customerName, o.customerPhone, w(o.itemsHi, o.itemsEn), o.dueDate, o.lateDays, o.lateFeeNowPaise, o.depositHeldPaise]),
  });
  return [income, held, late];
}
