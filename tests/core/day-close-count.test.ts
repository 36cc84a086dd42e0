/**
 * The day close by notes and coins. Worked by hand:
 *   opened with a float of 2 × ₹500 + 5 × ₹100 + 10 × ₹10 coins = ₹1,600 (the ledger carried ₹0: a new shop, so +₹1,600 'float')
 *   a cash sale of a jute bag ₹250, cash out ₹50 (tea), cash in ₹100 (change from the bank)
 *   expected = 1,600 + 250 - 50 + 100 = ₹1,900
 *   counted 3 × ₹500 + 1 × ₹200 + 1 × ₹100 + 1 × ₹50 + 2 × ₹20 coins = 1,500 + 200 + 100 + 50 + 40 = ₹1,890: ₹10 short
 *   the owner's limit is ₹5, so ₹10 short needs a note and a manager's PIN.
 */
import { describe, expect, it } from 'vitest';
import { closeFigures } from '../../src/core/reports/close';
import { dayCloseDoc } from '../../src/core/print/report-docs';
import { countTotal } from '../../src/shared/denominations';
import type { DayClose } from '../../src/printing/types';
import { ist, rentalShop, rid, type RentalShop } from './rentals-support';

const FLOAT = { n500: 2, n100: 5, c10: 10 };
const COUNT = { n500: 3, n200: 1, n100: 1, n50: 1, c20: 2 };

function jute(s: RentalShop) {
  const p = s.app.db.prepare("SELECT id, price_paise FROM products WHERE sku = 'JUTE-001'").get() as { id: number; price_paise: number };
  return s.ok('sales.checkout', { requestId: rid(), lines: [{ productId: p.id, qtyMilli: 1000, expectedPricePaise: p.price_paise }], payments: [{ method: 'cash', amountPaise: p.price_paise }] });
}

function day() {
  const s = rentalShop(ist('2026-11-23', '09:30'));
  const opened = s.ok('till.openDay', { requestId: rid(), counts: FLOAT }, s.owner);
  s.at('2026-11-23', '11:00');
  const sale = jute(s);
  s.ok('till.moveCash', { requestId: rid(), direction: 'out', amountPaise: 5_000, reason: 'चाय-नाश्ता' }, s.owner);
  s.ok('till.moveCash', { requestId: rid(), direction: 'in', amountPaise: 10_000, reason: 'बैंक से खुले पैसे' }, s.owner);
  s.ok('till.updateSettings', { closeLimitPaise: 500 }, s.owner);
  s.at('2026-11-23', '19:30');
  return { s, opened, sale };
}

describe('the arithmetic and the limit rule', () => {
  it('adds pieces × face value; a total must agree with the pieces; the limit is on the size of the difference', () => {
    expect(countTotal(FLOAT)).toBe(160_000);
    expect(countTotal(COUNT)).toBe(189_000);
    expect(countTotal({})).toBe(0);
    expect(closeFigures({ counts: COUNT }, 190_000, 500)).toEqual({ countedPaise: 189_000, differencePaise: -1_000, overLimit: true });
    expect(closeFigures({ counts: COUNT }, 190_000, 1_000)).toMatchObject({ overLimit: false }); // exactly at the limit: fine
    expect(closeFigures({ countedPaise: 191_000 }, 190_000, 500)).toEqual({ countedPaise: 191_000, differencePaise: 1_000, overLimit: true }); // over counts too
    expect(closeFigures({ countedPaise: 0 }, 190_000, null)).toMatchObject({ overLimit: false }); // no limit set
    expect(() => closeFigures({ counts: COUNT, countedPaise: 190_000 }, 190_000, null)).toThrow();
  });
});

describe('a day by notes and coins', () => {
  it('float, cash in and out in the expected cash; ₹10 short over the ₹5 limit needs a note and a manager PIN; stored and printed', () => {
    const { s, opened, sale } = day();
    expect(opened).toMatchObject({ date: '2026-11-23', floatPaise: 160_000, carriedPaise: 0, counts: FLOAT, openedBy: 'ललिता साहू' });
    const d = s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner);
    expect(d.cash.expectedPaise).toBe(160_000 + sale.totalPaise - 5_000 + 10_000);
    expect(d.cash.expectedPaise).toBe(190_000);
    expect(d.cash.expectedPaise).toBe(s.drawer());
    expect(d.opened?.floatPaise).toBe(160_000);
    expect(d.cashMoves.map((m) => [m.direction, m.amountPaise, m.reason])).toEqual([['out', 5_000, 'चाय-नाश्ता'], ['in', 10_000, 'बैंक से खुले पैसे']]);

    const input = { requestId: rid(), date: '2026-11-23', counts: COUNT, note: '' };
    expect(s.err('reports.closeDay', input, s.owner)).toEqual(['CLOSE_NOTE_REQUIRED', 'note']);
    expect(s.err('reports.closeDay', { ...input, requestId: rid(), note: 'दस रुपये कम' }, s.owner)).toEqual(['APPROVAL_REQUIRED', 'approval']);
    expect(s.err('reports.closeDay', { ...input, requestId: rid(), note: 'दस रुपये कम', approval: { userId: s.ownerId, pin: '9999' } }, s.owner)[0]).toBe('WRONG_PIN');
    expect(s.q('SELECT count(*) FROM day_closes')).toBe(0);
    const c = s.ok('reports.closeDay', { ...input, requestId: rid(), note: 'दस रुपये कम', approval: { userId: s.ownerId, pin: '1234' } }, s.owner);
    expect(c).toMatchObject({ countedPaise: 189_000, expectedPaise: 190_000, differencePaise: -1_000, counts: COUNT, approvedBy: 'ललिता साहू', note: 'दस रुपये कम' });

    // The Z report is stored with the close, and is what the slip and the A4 page print.
    const z = JSON.parse(s.q('SELECT z_report FROM day_closes') as string);
    expect(z).toMatchObject({ date: '2026-11-23', cash: { expectedPaise: 190_000 }, opened: { floatPaise: 160_000 } });
    const slip = dayCloseDoc(s.app.db, c.id, 'en').payload as DayClose;
    expect(slip).toMatchObject({ floatPaise: 160_000, approvedBy: 'ललिता साहू', moves: [{ amountPaise: -5_000, reason: 'चाय-नाश्ता' }, { amountPaise: 10_000, reason: 'बैंक से खुले पैसे' }] });
    expect(slip.counts).toEqual([
      { rupees: 500, kind: 'note', pieces: 3, paise: 150_000 }, { rupees: 200, kind: 'note', pieces: 1, paise: 20_000 }, { rupees: 100, kind: 'note', pieces: 1, paise: 10_000 },
      { rupees: 50, kind: 'note', pieces: 1, paise: 5_000 }, { rupees: 20, kind: 'coin', pieces: 2, paise: 4_000 },
    ]);
    const a4 = s.ok('reports.getZReport', { id: c.id, lang: 'en' }, s.owner);
    expect(a4.fileName).toBe('z-report-2026-11-23.pdf');
    expect(a4.html).toContain('Z report: day close 23/11/2026');
    expect(a4.html).toContain('₹500 note');
    expect(a4.html).toContain('चाय-नाश्ता');
    expect(s.ok('reports.getZReport', { id: c.id, lang: 'hi' }, s.owner).html).toContain('नोट और सिक्के');
    s.app.close();
  });

  it('within the limit no PIN is asked; without a limit set none either (a note stays optional)', () => {
    const { s } = day();
    s.ok('till.updateSettings', { closeLimitPaise: 1_000 }, s.owner);
    expect(s.ok('reports.closeDay', { requestId: rid(), date: '2026-11-23', counts: COUNT }, s.owner)).toMatchObject({ differencePaise: -1_000, approvedBy: null });
    s.app.close();
  });

  it('refuses negative or fractional counts, and a total that disagrees with them, writing nothing', () => {
    const { s } = day();
    const issue = (counts: Record<string, number>, extra = {}) => {
      const r = s.call('reports.closeDay', { requestId: rid(), date: '2026-11-23', counts, note: 'x', ...extra }, s.owner);
      if (r.ok) throw new Error('closed');
      const i = (r.error.details as { issues: { path: unknown[]; message: string }[] }).issues[0]!;
      return [r.error.code, i.path, i.message];
    };
    expect(issue({ n500: -1 })).toEqual(['INVALID_INPUT', ['counts', 'n500'], 'whole_count']);
    expect(issue({ c2: 2.5 })).toEqual(['INVALID_INPUT', ['counts', 'c2'], 'whole_count']);
    expect(issue(COUNT, { countedPaise: 190_000 })).toEqual(['INVALID_INPUT', ['countedPaise'], 'count_total']);
    expect(s.call('till.openDay', { requestId: rid(), counts: { n10: -3 } }, s.owner)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(s.q('SELECT count(*) FROM day_closes')).toBe(0);
    expect(s.q('SELECT count(*) FROM day_opens')).toBe(1);
    // a second opening of the same day is refused
    expect(s.err('till.openDay', { requestId: rid(), counts: FLOAT }, s.owner)).toEqual(['CONFLICT', 'counts']);
    s.app.close();
  });

  it('a float below what the ledger carried writes the takings lifted as one float movement', () => {
    const { s } = day();
    s.ok('reports.closeDay', { requestId: rid(), date: '2026-11-23', countedPaise: 190_000, note: '' }, s.owner);
    s.at('2026-11-24', '09:00');
    const o = s.ok('till.openDay', { requestId: rid(), counts: { n100: 10 } }, s.owner);
    expect(o).toMatchObject({ date: '2026-11-24', carriedPaise: 190_000, floatPaise: 100_000 });
    const d = s.ok('reports.getDayClose', { date: '2026-11-24' }, s.owner);
    expect(d.cash).toMatchObject({ openingPaise: 190_000, expectedPaise: 100_000, byKind: [{ kind: 'float', amountPaise: -90_000 }] });
    s.app.close();
  });
});

describe('a closed day takes no more sales', () => {
  it("a sale after the close is dated the next shop day (the counter is told); the closed day's figures stay", () => {
    const { s } = day();
    const c = s.ok('reports.closeDay', { requestId: rid(), date: '2026-11-23', countedPaise: 190_000, note: '' }, s.owner);
    const before = s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner);
    s.at('2026-11-23', '19:45');
    expect(s.ok('till.status', {})).toMatchObject({ today: '2026-11-23', tradingDay: '2026-11-24', todayClosed: { closedBy: 'ललिता साहू', at: c.at }, opened: null, moves: [] });
    const late = jute(s);
    expect(late.businessDate).toBe('2026-11-24');
    const ret = s.ok('sales.return', { requestId: rid(), billNo: late.billNo, lines: [{ lineNo: 1, qtyMilli: 1000 }], refundMethod: 'cash', reason: 'गलत' }, s.owner);
    expect(s.q('SELECT business_date FROM sale_returns WHERE id = ?', ret.id)).toBe('2026-11-24');
    const after = s.ok('reports.getDayClose', { date: '2026-11-23' }, s.owner);
    expect({ ...after, closed: null }).toEqual({ ...before, closed: null });
    expect(s.ok('reports.getDayClose', { date: '2026-11-24' }, s.owner).bills).toMatchObject({ count: 1, firstNo: late.billNo });
    // cash by hand goes to the next day too, once it is opened
    expect(s.err('till.moveCash', { requestId: rid(), direction: 'in', amountPaise: 100, reason: 'x' }, s.owner)).toEqual(['DAY_NOT_OPEN', undefined]);
    s.ok('till.openDay', { requestId: rid(), counts: { n500: 3, n200: 2 } }, s.owner);
    expect(s.ok('till.status', {}).opened).toMatchObject({ date: '2026-11-24', floatPaise: 190_000 });
    // the next morning it is simply that day
    s.at('2026-11-24', '10:00');
    expect(jute(s).businessDate).toBe('2026-11-24');
    expect(s.ok('till.status', {})).toMatchObject({ today: '2026-11-24', tradingDay: '2026-11-24', todayClosed: null });
    s.app.close();
  });
});
