/** Pick-up: the booking becomes a rental. Rent and deposit are charged (rent is income from now), paid less the advance, stock goes out. */
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api';
import type { pickUpInput } from '../../shared/api/rentals';
import { addDays } from '../../shared/dates';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import { stmt } from '../db/stmt';
import { exactPayments } from '../sales/payments';
import { recordMovement } from '../stock/ledger';
import { pieceFree, segments } from './availability';
import { balanceOf, chargeLine, pay, stampOf } from './money';
import { movePiece } from './pieces';
import { rentalDays } from './pricing';
import { lineRent, lineRows, rentalRow, type LineRow, type RentalRow } from './read';
import { invalid } from './checks';

type PickUp = Omit<z.output<typeof pickUpInput>, 'requestId'>;
interface PieceRow { id: number; product_id: number; tag: string; status: string }

const pieceRow = (db: DB, id: number) => stmt<[number], PieceRow>(db, 'SELECT id, product_id, tag, status FROM rental_pieces WHERE id = ?').get(id);

/** Another free, ready piece of the same item instead of the one booked (e.g. that one is still being cleaned). */
function swapsOf(db: DB, r: RentalRow, lines: LineRow[], swaps: PickUp['swaps'], today: string): Map<number, PieceRow> {
  const out = new Map<number, PieceRow>();
  swaps.forEach((sw, k) => {
    const field = ['swaps', k, 'pieceId'];
    const line = lines.find((l) => l.id === sw.lineId);
    if (!line) throw new AppError('NOT_FOUND', { what: 'rentalLine', field: ['swaps', k, 'lineId'], id: sw.lineId });
    if (line.mode !== 'pieces') invalid(['swaps', k, 'lineId'], 'invalid_value');
    if (out.has(line.id)) invalid(['swaps', k, 'lineId'], 'duplicate');
    const piece = pieceRow(db, sw.pieceId);
    if (!piece || piece.product_id !== line.product_id) throw new AppError('NOT_FOUND', { what: 'piece', field, id: sw.pieceId });
    if (piece.status !== 'ready') throw new AppError('PIECE_NOT_READY', { field, tag: piece.tag, status: piece.status });
    // From today (it goes out now) to the due date and its cleaning days, no one else may hold it.
    const end = addDays(r.due_date, line.buffer_days);
    if (!pieceFree(segments(db, line.product_id, today, end, today, r.id), piece.id, today, end)) {
      throw new AppError('RENTAL_UNAVAILABLE', { field, sku: line.sku, tag: piece.tag, date: today, free: 0, wanted: 1 });
    }
    out.set(line.id, piece);
  });
  // Two lines may not end up with one piece.
  const final = lines.filter((l) => l.piece_id !== null).map((l) => out.get(l.id)?.id ?? l.piece_id);
  swaps.forEach((sw, k) => {
    if (final.filter((id) => id === sw.pieceId).length > 1) invalid(['swaps', k, 'pieceId'], 'duplicate');
  });
  return out;
}

export function pickUp(db: DB, input: PickUp, user: SessionUser, now: Date): void {
  const s = stampOf(db, now, user.id);
  const r = rentalRow(db, input.rentalId);
  if (r.status !== 'booked') throw new AppError('RENTAL_STATUS', { field: 'rentalId', rentalNo: r.rental_no, status: r.status });
  if (s.day < r.from_date) throw new AppError('RENTAL_DATES', { field: 'rentalId', reason: 'early', fromDate: r.from_date, today: s.day });
  // Past its due date it would go out already late: extend the booking first.
  if (s.day > r.due_date) throw new AppError('RENTAL_DATES', { field: 'rentalId', reason: 'afterDue', dueDate: r.due_date, today: s.day });
  const lines = lineRows(db, r.id);
  const swapped = swapsOf(db, r, lines, input.swaps, s.day);
  for (const l of lines) {
    if (l.piece_id === null) continue;
    const piece = swapped.get(l.id) ?? pieceRow(db, l.piece_id)!;
    if (piece.status !== 'ready') throw new AppError('PIECE_NOT_READY', { field: 'swaps', lineId: l.id, tag: piece.tag, status: piece.status });
  }

  const days = rentalDays(r.from_date, r.due_date);
  const rent = lines.reduce((a, l) => a + lineRent(l, days), 0);
  const deposit = lines.reduce((a, l) => a + l.deposit_paise * l.qty, 0);
  // Before pick-up the balance is minus the advance held.
  const advance = -balanceOf(db, r.id) || 0;
  const due = rent + deposit - advance;
  const payments = exactPayments(input.payments, due, { totalPaise: due, rentPaise: rent, depositPaise: deposit, advancePaise: advance });

  for (const l of lines) {
    const piece = swapped.get(l.id);
    if (piece) stmt(db, 'UPDATE rental_lines SET piece_id = ? WHERE id = ?').run(piece.id, l.id);
    const pieceId = piece?.id ?? l.piece_id;
    recordMovement(db, { productId: l.product_id, qtyMilli: -l.qty * 1000, kind: 'rental_out', userId: user.id, at: now, reason: 'rental', reference: r.rental_no, refType: 'rental', refId: r.uid, path: ['rentalId'] });
    chargeLine(db, l, { rentalId: r.id, kind: 'rent', amountPaise: lineRent(l, days) }, s);
    chargeLine(db, l, { rentalId: r.id, kind: 'deposit', amountPaise: l.deposit_paise * l.qty }, s);
    if (pieceId !== null) movePiece(db, pieceId, 'out', { note: input.note, userId: user.id, at: s.at, rentalId: r.id });
  }
  pay(db, r, 'pickup', payments, s);
  stmt(db, `UPDATE rentals SET status = 'out', picked_up_at = ?, picked_up_by = ?, note = CASE WHEN ? = '' THEN note WHEN note = '' THEN ? ELSE note || ' · ' || ? END WHERE id = ?`).run(
    s.at, user.id, input.note, input.note, input.note, r.id,
  );
}
