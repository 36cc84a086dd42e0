import type { rentalsApi } from '../../shared/api/rentals';
import { caller, type Ctx } from '../context';
import type { HandlerMap } from '../dispatch';
import { availability } from './availability';
import { book, walkIn } from './book';
import { checkIn } from './checkin';
import { cancel, extend } from './extend-cancel';
import { listRentals } from './list';
import { todayOf } from './money';
import { addPieces, getPiece, listPieces, lookup, pieceHistory, setPieceStatus } from './pieces';
import { addPhoto, getPhoto } from './photos';
import { pickUp } from './pickup';
import { checkDate, checkSpan, planLines, quoteOf } from './plan';
import { getRental } from './read';
import { rentalReport } from './report';
import { rentalsReportCsv } from './report-table';
import { readRules, rentableItems, setTerms, writeRules } from './terms';

const rental = (ctx: Ctx, id: number) => getRental(ctx.db, id, todayOf(ctx.db, ctx.now));

export const rentalsHandlers = {
  'rentals.listItems': ({ includeArchived }, { db }) => rentableItems(db, includeArchived),
  'rentals.setTerms': (input, ctx) => {
    const { before, after } = setTerms(ctx.db, input, caller(ctx).id, ctx.now);
    ctx.auditDetails({ before, after: after.terms });
    return after;
  },
  'rentals.addPieces': (input, ctx) => addPieces(ctx.db, input, caller(ctx).id, ctx.now),
  'rentals.listPieces': (q, { db }) => listPieces(db, q),
  'rentals.getPiece': ({ pieceId }, { db }) => ({ ...getPiece(db, pieceId), history: pieceHistory(db, pieceId) }),
  'rentals.setPieceStatus': (input, ctx) => {
    const { before, after } = setPieceStatus(ctx.db, input, caller(ctx), ctx.now);
    ctx.auditDetails({ tag: after.tag, before: before.status, after: after.status });
    return after;
  },
  'rentals.lookup': ({ code }, { db }) => lookup(db, code),
  'rentals.getAvailability': ({ productId, from, to }, ctx) => {
    checkDate(from, 'from');
    checkDate(to, 'to');
    return availability(ctx.db, productId, from, to, todayOf(ctx.db, ctx.now));
  },
  'rentals.previewQuote': (q, ctx) => {
    checkDate(q.fromDate, 'fromDate');
    checkDate(q.dueDate, 'dueDate');
    checkSpan(q.fromDate, q.dueDate, 'dueDate');
    const lines = planLines(ctx.db, q.lines, q.fromDate, q.dueDate, { today: todayOf(ctx.db, ctx.now), strict: false, excludeRentalId: q.excludeRentalId });
    return quoteOf(lines, q.fromDate, q.dueDate);
  },
  'rentals.book': (input, ctx) => rental(ctx, book(ctx.db, input, caller(ctx), ctx.now)),
  'rentals.walkIn': (input, ctx) => rental(ctx, walkIn(ctx.db, input, caller(ctx), ctx.now)),
  'rentals.pickUp': (input, ctx) => {
    pickUp(ctx.db, input, caller(ctx), ctx.now);
    return rental(ctx, input.rentalId);
  },
  'rentals.checkIn': (input, ctx) => {
    const returnId = checkIn(ctx.db, input, caller(ctx), ctx.now);
    return { ...rental(ctx, input.rentalId), returnId };
  },
  'rentals.extend': (input, ctx) => {
    ctx.auditDetails(extend(ctx.db, input, caller(ctx), ctx.now));
    return rental(ctx, input.rentalId);
  },
  'rentals.cancel': (input, ctx) => {
    ctx.auditDetails(cancel(ctx.db, input, caller(ctx), ctx.now));
    return rental(ctx, input.rentalId);
  },
  'rentals.get': ({ id }, ctx) => rental(ctx, id),
  'rentals.list': (q, ctx) => listRentals(ctx.db, q, todayOf(ctx.db, ctx.now)),
  'rentals.addPhoto': (input, ctx) => {
    const { photoId, mime, bytes } = addPhoto(ctx.db, input, caller(ctx).id, ctx.now);
    ctx.auditDetails({ input: { rentalId: input.rentalId, mime, bytes }, photoId }); // not the image itself
    return { photoId };
  },
  'rentals.getPhoto': ({ photoId }, { db }) => getPhoto(db, photoId),
  'rentals.getRules': (_i, { db }) => readRules(db),
  'rentals.updateRules': (input, ctx) => {
    const before = readRules(ctx.db);
    const after = writeRules(ctx.db, input, caller(ctx).id, ctx.now);
    ctx.auditDetails({ before, after });
    return after;
  },
  'rentals.report': ({ from, to }, { db }) => rentalReport(db, from, to),
  'rentals.exportReport': ({ from, to }, { db }) => rentalsReportCsv(rentalReport(db, from, to)),
} satisfies HandlerMap<typeof rentalsApi>;
