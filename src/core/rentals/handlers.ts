import type { rentalsApi } from '../../shared/api/rentals';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from '../dispatch';

// Placeholder until the rentals core lands: every method answers INTERNAL.
const todo = (): never => {
  throw new AppError('INTERNAL', { reason: 'rentals not built yet' });
};
export const rentalsHandlers = Object.fromEntries(
  ['rentals.listItems', 'rentals.setTerms', 'rentals.addPieces', 'rentals.listPieces', 'rentals.getPiece', 'rentals.setPieceStatus', 'rentals.lookup', 'rentals.getAvailability',
    'rentals.previewQuote', 'rentals.book', 'rentals.walkIn', 'rentals.pickUp', 'rentals.checkIn', 'rentals.extend', 'rentals.cancel', 'rentals.get', 'rentals.list',
    'rentals.getRules', 'rentals.updateRules', 'rentals.report'].map((n) => [n, todo]),
) as unknown as HandlerMap<typeof rentalsApi>;
