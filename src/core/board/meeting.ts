/** The group meeting's A4 sheet: items still open, items settled in the months, and the counts by month. */
import type { A4Page, BoardItem } from '../../shared/api/board';
import { fileStamp } from '../../shared/dates';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopZoneOf } from '../shop-day';
import { a4Html } from '../../printing/a4/html';
import type { A4Doc } from '../../printing/a4/model';
import { monthlyCounts, monthRange } from './counts';
import { itemsIn } from './items';
import { BOARD_WORDS, dmy, monthName } from './words';

export function meetingDoc(db: DB, now: Date, range: { from?: string; to?: string }, lang: 'hi' | 'en', printedBy: string): A4Doc {
  const w = BOARD_WORDS[lang];
  const { fromDay, toDay } = monthRange(db, now, range);
  const counts = monthlyCounts(db, now, range);
  const items = itemsIn(db, fromDay, toDay);
  const member = (i: BoardItem) => (lang === 'en' ? i.memberNameEn || i.memberNameHi : i.memberNameHi || i.memberNameEn);
  const open = items.filter((i) => i.status === 'open' || i.status === 'in_progress');
  const settled = items.filter((i) => i.closedOn !== null && i.closedOn >= fromDay && i.closedOn <= toDay);
  const shop = stmt<[], { shop_name: string; address: string; phone: string }>(db, 'SELECT shop_name, address, phone FROM shop_settings WHERE id = 1').get();
  const c = w.cols;
  const span = w.subtitle(monthName(counts.from, lang), monthName(counts.to, lang));
  return {
    lang,
    shop: { name: shop?.shop_name ?? '', lines: [shop?.address ?? '', shop?.phone ?? ''].filter(Boolean) },
    title: w.title,
    subtitle: span,
    meta: [[w.period, `${dmy(fromDay)} – ${dmy(toDay)}`], [w.printedBy, printedBy]],
    tables: [
      {
        heading: `${w.stillOpen}: ${open.length}`,
        columns: [{ label: c.raisedOn }, { label: c.member }, { label: c.kind }, { label: c.text }, { label: c.status }, { label: c.assignee }],
        rows: open.map((i) => [dmy(i.raisedOn), member(i), w.kinds[i.kind], i.text, w.statuses[i.status], i.assignee?.name ?? '—']),
        empty: w.noneOpen,
      },
      {
        heading: `${w.settled}: ${settled.length}`,
        columns: [{ label: c.raisedOn }, { label: c.member }, { label: c.kind }, { label: c.text }, { label: c.status }, { label: c.outcome }, { label: c.closedOn }],
        rows: settled.map((i) => [dmy(i.raisedOn), member(i), w.kinds[i.kind], i.text, w.statuses[i.status], i.outcome, dmy(i.closedOn!)]),
        empty: w.noneSettled,
      },
      {
        heading: w.byMonth,
        columns: [{ label: c.month }, { label: c.raised, align: 'right' }, { label: c.resolved, align: 'right' }, { label: c.declined, align: 'right' }],
        rows: counts.months.map((m) => [monthName(m.month, lang), String(m.raised), String(m.resolved), String(m.declined)]),
        totals: [[w.total, String(counts.totals.raised), String(counts.totals.resolved), String(counts.totals.declined)]],
      },
    ],
    footer: w.footer,
    printedAt: fileStamp(now, shopZoneOf(db)).replace('_', ' ').replace(/-(\d\d)-(\d\d)$/, ':$1:$2'),
  };
}

export function meetingSheet(db: DB, now: Date, range: { from?: string; to?: string }, lang: 'hi' | 'en', printedBy: string): A4Page {
  const doc = meetingDoc(db, now, range, lang, printedBy);
  const { months } = monthRange(db, now, range);
  return { fileName: `board-meeting-${months[0]}_${months.at(-1)}.pdf`, html: a4Html(doc) };
}
