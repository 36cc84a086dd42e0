import type { Unit } from '../../shared/api/products';
import { AppError } from '../../shared/errors';

/** Pieces, pairs and sets move in whole units (multiples of 1000 milli); metres to 0.001. */
export function isWholeUnit(unit: Unit): boolean {
  return unit !== 'metre';
}

/** Refuse a fractional quantity of a counted unit, naming the field (e.g. ['lines', 2, 'qtyMilli']). */
export function assertUnitQty(unit: Unit, qtyMilli: number, path: (string | number)[]): void {
  if (!Number.isSafeInteger(qtyMilli) || (isWholeUnit(unit) && qtyMilli % 1000 !== 0)) {
    throw new AppError('INVALID_INPUT', { issues: [{ path, code: 'whole_units', message: 'whole_units' }], unit });
  }
}
