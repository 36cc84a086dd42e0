/**
 * The drawer between the day's opening and its close: the float counted in at the start, cash put in
 * or taken out with a reason. Everything is a cash movement dated the trading day (today, or the next
 * shop day once today is closed), so the day close's expected cash includes it.
 */
import { uuidv7 } from '../uuid';
import { countTotal, type Counts } from '../../shared/denominations';
import type { CashMove, DayOpenRecord, TillSettings, TillStatus } from '../../shared/api/till';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { shopToday, tradingDay } from '../shop-day';

const OPEN_SQL = `SELECT o.business_date AS date, o.float_paise AS floatPaise, o.carried_paise AS carriedPaise, o.counts, u.name AS openedBy, o.at
                    FROM day_opens o JOIN users u ON u.id = o.opened_by WHERE o.business_date = ?`;

export function dayOpen(db: DB, date: string): DayOpenRecord | null {
  const r = stmt<[string], Omit<DayOpenRecord, 'counts'> & { counts: string }>(db, OPEN_SQL).get(date);
  return r ? { ...r, counts: JSON.parse(r.counts) as Counts } : null;
}

/** The day's cash put in and taken out by hand (not sales, refunds or payouts), oldest first. */
export function cashMoves(db: DB, date: string): CashMove[] {
  return stmt<[string], { id: number; kind: string; amount: number; note: string; by: string; at: string }>(
    db,
    `SELECT m.id, m.kind, m.amount_paise AS amount, m.note, u.name AS by, m.at FROM cash_movements m JOIN users u ON u.id = m.user_id
      WHERE m.business_date = ? AND m.kind IN ('cash_in', 'cash_out') ORDER BY m.id`,
  ).all(date).map((m) => ({ id: m.id, direction: m.kind === 'cash_in' ? 'in' : 'out', amountPaise: Math.abs(m.amount), reason: m.note, by: m.by, at: m.at }));
}

/** The drawer's ledger balance before a day: what the day opens with unless a float is counted. */
export const carriedInto = (db: DB, date: string): number =>
  stmt<[string], { p: number }>(db, 'SELECT COALESCE(sum(in_paise + out_paise), 0) AS p FROM cash_daily WHERE business_date < ?').get(date)!.p;

export function tillStatus(db: DB, now: Date): TillStatus {
  const today = shopToday(db, now);
  const day = tradingDay(db, now);
  const closed = day === today ? null : stmt<[string], { closedBy: string; at: string }>(db, 'SELECT u.name AS closedBy, c.at FROM day_closes c JOIN users u ON u.id = c.closed_by WHERE c.business_date = ?').get(today) ?? null;
  return { today, tradingDay: day, todayClosed: closed, opened: dayOpen(db, day), moves: cashMoves(db, day) };
}

function movement(db: DB, kind: 'float' | 'cash_in' | 'cash_out', amount: number, day: string, now: Date, userId: number, note: string, ref: string): number {
  return Number(
    stmt(db, 'INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, user_id, ref_type, ref_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      uuidv7(), kind, amount, day, now.toISOString(), userId, 'till', ref, note,
    ).lastInsertRowid,
  );
}

/**
 * Open the trading day with a float counted by denomination. The ledger's carried balance minus the
 * float (the takings lifted since the last count) goes out as one 'float' movement, so the drawer
 * holds exactly the float from here on. Once a day.
 */
export function openDay(db: DB, counts: Counts, now: Date, userId: number): DayOpenRecord {
  const day = tradingDay(db, now);
  const before = dayOpen(db, day);
  if (before) throw new AppError('CONFLICT', { field: 'counts', reason: 'dayOpened', date: day, openedBy: before.openedBy, floatPaise: before.floatPaise });
  const floatPaise = countTotal(counts);
  const carried = carriedInto(db, day);
  const uid = uuidv7();
  stmt(db, 'INSERT INTO day_opens (uid, business_date, float_paise, carried_paise, counts, opened_by, at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    uid, day, floatPaise, carried, JSON.stringify(counts), userId, now.toISOString(),
  );
  if (floatPaise !== carried) movement(db, 'float', floatPaise - carried, day, now, userId, 'opening float', uid);
  return dayOpen(db, day)!;
}

/** Cash in or out with its reason, on an opened trading day (a closed day takes none: it goes to the next). */
export function moveCash(db: DB, input: { direction: 'in' | 'out'; amountPaise: number; reason: string }, now: Date, userId: number): CashMove {
  const day = tradingDay(db, now);
  if (!dayOpen(db, day)) throw new AppError('DAY_NOT_OPEN', { date: day });
  const sign = input.direction === 'in' ? 1 : -1;
  const id = movement(db, input.direction === 'in' ? 'cash_in' : 'cash_out', sign * input.amountPaise, day, now, userId, input.reason, uuidv7());
  return cashMoves(db, day).find((m) => m.id === id)!;
}

export function tillSettings(db: DB): TillSettings {
  const r = stmt<[], { l: number | null }>(db, 'SELECT close_limit_paise AS l FROM shop_settings WHERE id = 1').get();
  if (!r) throw new AppError('NOT_SET_UP');
  return { closeLimitPaise: r.l };
}
