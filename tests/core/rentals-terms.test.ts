/** Rental terms, tagged pieces and the shop's rules: validation, and what the demo shop starts with. */
import { describe, expect, it } from 'vitest';
import { rentalDays, rentPerUnit } from '../../src/core/rentals/pricing';
import { dbFingerprint } from '../support/db';
import { rentalShop, rid } from './rentals-support';

const terms = { mode: 'counted' as const, dayPricePaise: 1000, eventPricePaise: null, eventDays: null, depositPaise: 5000, lateFeePerDayPaise: 500, bufferDays: 0 };

describe('rental terms', () => {
  it('the demo shop has terms for its eight rentables and a tag for each costume and crown', () => {
    const s = rentalShop();
    const items = s.ok('rentals.listItems', {});
    expect(items.map((i) => [i.sku, i.terms?.mode, i.ownedQty, i.pieces.ready, i.untagged])).toEqual([
      ['RENT-001', 'pieces', 3, 3, 0], ['RENT-002', 'pieces', 3, 3, 0], ['RENT-003', 'pieces', 2, 2, 0], ['RENT-004', 'counted', 10, 0, 0],
      ['RENT-005', 'counted', 10, 0, 0], ['RENT-006', 'counted', 40, 0, 0], ['RENT-007', 'counted', 1, 0, 0], ['RENT-008', 'counted', 20, 0, 0],
    ]);
    expect(items[0]!.terms).toEqual({ mode: 'pieces', dayPricePaise: 30_000, eventPricePaise: 80_000, eventDays: 3, depositPaise: 200_000, lateFeePerDayPaise: 20_000, bufferDays: 1 });
    expect(items[2]).toMatchObject({ artisanNameEn: 'Sunita Sahu', terms: { dayPricePaise: null, eventPricePaise: 50_000, eventDays: 2 } });
    expect(s.ok('rentals.listPieces', { productId: s.product('RENT-001') }).map((p) => p.tag)).toEqual(['RENT-001-1', 'RENT-001-2', 'RENT-001-3']);
  });

  it('needs a price, an event price with its days, a manager, and an item for rent', () => {
    const s = rentalShop();
    const kalsha = s.product('RENT-006');
    const before = dbFingerprint(s.app.db);
    expect(s.err('rentals.setTerms', { ...terms, productId: kalsha, dayPricePaise: null }, s.owner)).toEqual(['INVALID_INPUT', ['dayPricePaise']]);
    expect(s.err('rentals.setTerms', { ...terms, productId: kalsha, eventPricePaise: 5000 }, s.owner)).toEqual(['INVALID_INPUT', ['eventDays']]);
    expect(s.err('rentals.setTerms', { ...terms, productId: kalsha, eventDays: 3 }, s.owner)).toEqual(['INVALID_INPUT', ['eventDays']]);
    expect(s.err('rentals.setTerms', { ...terms, productId: kalsha, bufferDays: 15 }, s.owner)).toEqual(['INVALID_INPUT', ['bufferDays']]);
    expect(s.err('rentals.setTerms', { ...terms, productId: kalsha })).toEqual(['FORBIDDEN', undefined]);
    expect(s.err('rentals.setTerms', { ...terms, productId: s.product('JUTE-001') }, s.owner)).toEqual(['NOT_FOR_RENT', 'productId']);
    expect(s.err('rentals.setTerms', { ...terms, productId: 9999 }, s.owner)).toEqual(['NOT_FOUND', 'productId']);
    expect(dbFingerprint(s.app.db)).toBe(before);
    expect(s.ok('rentals.setTerms', { ...terms, productId: kalsha }, s.owner).terms).toEqual(terms);
  });

  it('keeps the mode while the item is booked or out', () => {
    const s = rentalShop();
    s.book([{ sku: 'RENT-006', qty: 5 }], '2026-11-25', '2026-11-27');
    expect(s.err('rentals.setTerms', { ...terms, productId: s.product('RENT-006'), mode: 'pieces' }, s.owner)).toEqual(['CONFLICT', 'mode']);
    expect(s.ok('rentals.setTerms', { ...terms, productId: s.product('RENT-006'), depositPaise: 12_000 }, s.owner).terms?.depositPaise).toBe(12_000);
  });
});

describe('pieces', () => {
  it('tags new pieces from the SKU or as given, never a tag that scans as something else', () => {
    const s = rentalShop();
    const costume = s.product('RENT-001');
    // three costumes, three tags: a fourth has no unit in stock to be
    expect(s.err('rentals.addPieces', { productId: costume, count: 1 }, s.owner)).toEqual(['INSUFFICIENT_STOCK', 'count']);
    s.ok('stock.intake', { requestId: rid(), artisanId: null, reference: '', notes: '', lines: [{ productId: costume, qtyMilli: 3000 }] }, s.owner);
    expect(s.ok('rentals.listItems', {})[0]).toMatchObject({ ownedQty: 6, untagged: 3 });
    const barcode = s.q('SELECT code FROM barcodes WHERE product_id = ?', s.product('JUTE-001')) as string;
    const before = dbFingerprint(s.app.db);
    for (const tag of ['RENT-001-2', 'rent-001-2', barcode, 'JUTE-001']) expect(s.err('rentals.addPieces', { productId: costume, tags: [tag] }, s.owner)).toEqual(['INVALID_INPUT', ['tags', 0]]);
    expect(s.err('rentals.addPieces', { productId: costume, tags: ['BRIDE-A', 'bride-a'] }, s.owner)).toEqual(['INVALID_INPUT', ['tags', 1]]);
    expect(s.err('rentals.addPieces', { productId: costume, tags: ['A1'] })).toEqual(['FORBIDDEN', undefined]);
    expect(s.err('rentals.addPieces', { productId: s.product('RENT-006'), count: 1 }, s.owner)).toEqual(['CONFLICT', 'productId']);
    expect(dbFingerprint(s.app.db)).toBe(before);
    const added = s.ok('rentals.addPieces', { productId: costume, tags: ['BRIDE-A'], count: 2 }, s.owner);
    expect(added.map((p) => [p.tag, p.status])).toEqual([['BRIDE-A', 'ready'], ['RENT-001-4', 'ready'], ['RENT-001-5', 'ready']]);
    expect(s.ok('rentals.lookup', { code: 'bride-a' })).toEqual({ productId: costume, pieceId: added[0]!.id, tag: 'BRIDE-A', rentalId: null });
    // ...and the other way round: no product takes a piece's tag as its SKU or barcode
    const saree = { nameHi: 'कोसा साड़ी', nameEn: '', craftId: 5, artisanId: 4, pricePaise: 450_000, unit: 'piece' as const };
    expect(s.err('products.create', { ...saree, sku: 'bride-a' }, s.owner)).toEqual(['CONFLICT', 'sku']);
    expect(s.err('products.create', { ...saree, barcodes: ['RENT-001-5'] }, s.owner)).toEqual(['CONFLICT', 'barcodes']);
  });

  it('moves a piece through cleaning and repair with its history; only a manager retires one, and it leaves the stock', () => {
    const s = rentalShop();
    const [first] = s.pieceIds('RENT-001');
    s.ok('rentals.setPieceStatus', { pieceId: first!, status: 'repair', note: 'हुक टूटा / hook broken' });
    s.ok('rentals.setPieceStatus', { pieceId: first!, status: 'ready', note: '' });
    expect(s.err('rentals.setPieceStatus', { pieceId: first!, status: 'retired', note: 'worn out' })).toEqual(['FORBIDDEN', 'status']);
    const retired = s.ok('rentals.setPieceStatus', { pieceId: first!, status: 'retired', note: 'worn out' }, s.owner);
    expect(retired).toMatchObject({ status: 'retired', note: 'worn out' });
    expect(s.onHand('RENT-001')).toBe(2);
    expect(s.err('rentals.setPieceStatus', { pieceId: first!, status: 'ready', note: '' }, s.owner)).toEqual(['CONFLICT', 'status']);
    const piece = s.ok('rentals.getPiece', { pieceId: first! });
    expect(piece.history.map((e) => [e.status, e.note])).toEqual([['ready', ''], ['repair', 'हुक टूटा / hook broken'], ['ready', ''], ['retired', 'worn out']]);
    expect(s.ok('rentals.listItems', {})[0]).toMatchObject({ ownedQty: 2, untagged: 0, pieces: { ready: 2, retired: 1 } });
  });
});

describe('rules', () => {
  it('start with 7 free days, half kept, and three bilingual slip terms; a manager changes them', () => {
    const s = rentalShop();
    const rules = s.ok('rentals.getRules', {});
    expect(rules).toMatchObject({ cancelFreeDays: 7, cancelKeepBps: 5000 });
    expect(rules.terms).toHaveLength(3);
    expect(rules.terms[0]).toContain('Late fee per day');
    expect(s.err('rentals.updateRules', { ...rules, cancelFreeDays: 3 })).toEqual(['FORBIDDEN', undefined]);
    expect(s.ok('rentals.updateRules', { cancelFreeDays: 3, cancelKeepBps: 2500, terms: ['एक / one'] }, s.owner)).toEqual({ cancelFreeDays: 3, cancelKeepBps: 2500, terms: ['एक / one'] });
    expect(s.ok('rentals.getRules', {}).cancelKeepBps).toBe(2500);
  });
});

describe('rent arithmetic', () => {
  it('charges days, events and blocks of event days', () => {
    const costume = { dayPricePaise: 30_000, eventPricePaise: 80_000, eventDays: 3 };
    // The package as picked on purpose (#19: by default the cheaper of it and the day rate, tests/core/rent-rule.test.ts).
    expect([1, 2, 3, 4, 6].map((d) => rentPerUnit(costume, d, 'event'))).toEqual([80_000, 80_000, 80_000, 110_000, 170_000]);
    const maur = { dayPricePaise: null, eventPricePaise: 50_000, eventDays: 2 };
    expect([1, 2, 3, 4, 5].map((d) => rentPerUnit(maur, d))).toEqual([50_000, 50_000, 100_000, 100_000, 150_000]);
    const daily = { dayPricePaise: 1000, eventPricePaise: null, eventDays: null };
    expect(rentPerUnit(daily, 7)).toBe(7000);
    expect([rentalDays('2026-11-25', '2026-11-25'), rentalDays('2026-11-30', '2026-12-02'), rentalDays('2026-12-31', '2027-01-03')]).toEqual([1, 2, 3]);
  });
});
