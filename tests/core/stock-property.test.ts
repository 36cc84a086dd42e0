import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheMismatches, ledgerSum, ok, onHand, sell, shop } from './stock-support';

/**
 * On hand = sum of movements, whatever the order of intakes, sales, write-offs, returns and
 * counts (with sales during a count). A model keeps the expected quantity; every refused
 * operation must write nothing; the cache is recomputed from the ledger after every run.
 */
type Op =
  | { op: 'intake' | 'sale' | 'writeOff' | 'return'; p: 0 | 1; q: number }
  | { op: 'countSet'; p: 0 | 1; q: number }
  | { op: 'countPost' };

const qty = fc.oneof(fc.integer({ min: 1, max: 6 }).map((k) => k * 1000), fc.integer({ min: 1, max: 6000 }));
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constantFrom('intake', 'sale', 'writeOff', 'return'), p: fc.constantFrom(0, 1), q: qty }) as fc.Arbitrary<Op>,
  fc.record({ op: fc.constant('countSet'), p: fc.constantFrom(0, 1), q: fc.oneof(fc.constant(0), qty) }) as fc.Arbitrary<Op>,
  fc.constant({ op: 'countPost' } as Op),
);

describe('the stock ledger (property)', () => {
  it('on hand always equals the model and the sum of movements; refusals write nothing', () => {
    const { app, owner, cashierId } = shop();
    let run = 0;
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 30 }), (ops) => {
        run++;
        // Fresh artisan and products per run: one counted in pieces, one in metres.
        const artisan = ok(app.call('artisans.create', { nameEn: `A${run}`, commissionBps: 2000 }, owner).result);
        const mk = (unit: 'piece' | 'metre') => ok(app.call('products.create', { nameEn: `${unit} ${run}`, craftId: 1, artisanId: artisan.id, pricePaise: 1234, unit }, owner).result);
        const products = [mk('piece'), mk('metre')] as const;
        const model = [0, 0];
        let count: { id: number; seen: Map<number, { counted: number; at: number }> } | null = null;
        const moves = () => app.db.prepare('SELECT count(*) FROM stock_movements').pluck().get() as number;

        for (const o of ops) {
          if (o.op === 'countPost') {
            if (!count) continue;
            // counted + whatever moved after the line was counted
            const after = model.map((m, i) => {
              const s = count!.seen.get(i);
              return s ? s.counted + (m - s.at) : m;
            });
            const before = moves();
            const r = app.call('counts.post', { id: count.id, reason: 'p' }, owner).result;
            if (after.some((q) => q < 0)) {
              // a count contradicted by a later removal would post negative stock: refused, nothing written
              expect(r).toMatchObject({ ok: false, error: { code: 'INSUFFICIENT_STOCK' } });
              expect(moves()).toBe(before);
              ok(app.call('counts.cancel', { id: count.id }, owner).result);
            } else {
              ok(r);
              after.forEach((q, i) => (model[i] = q));
            }
            count = null;
            continue;
          }
          const p = products[o.p];
          const whole = p.unit === 'metre' || o.q % 1000 === 0;
          if (o.op === 'countSet') {
            if (!count) count = { id: ok(app.call('counts.start', { scope: 'artisan', artisanId: artisan.id }, owner).result).id, seen: new Map() };
            const r = app.call('counts.set', { id: count.id, productId: p.id, countedMilli: o.q }, owner).result;
            expect(r.ok).toBe(whole);
            if (r.ok) count.seen.set(o.p, { counted: o.q, at: model[o.p]! });
            continue;
          }
          const before = moves();
          const removal = o.op !== 'intake';
          const allowed = whole && (!removal || o.q <= model[o.p]!);
          let refusedCode: string | null = null;
          if (o.op === 'sale') {
            try {
              sell(app, p.id, o.q, cashierId);
            } catch (e) {
              refusedCode = (e as { code?: string }).code ?? 'ERR';
            }
          } else {
            const r =
              o.op === 'intake' ? app.call('stock.intake', { requestId: crypto.randomUUID(), artisanId: artisan.id, lines: [{ productId: p.id, qtyMilli: o.q }] }, owner).result
              : o.op === 'writeOff' ? app.call('stock.writeOff', { requestId: crypto.randomUUID(), productId: p.id, qtyMilli: o.q, reason: 'x' }, owner).result
              : app.call('stock.returnToArtisan', { requestId: crypto.randomUUID(), artisanId: artisan.id, reason: 'x', lines: [{ productId: p.id, qtyMilli: o.q }] }, owner).result;
            if (!r.ok) refusedCode = r.error.code;
          }
          expect(refusedCode === null, `${o.op} ${p.unit} ${o.q} on ${model[o.p]}`).toBe(allowed);
          if (refusedCode) {
            expect(refusedCode).toBe(whole ? 'INSUFFICIENT_STOCK' : 'INVALID_INPUT');
            expect(moves()).toBe(before);
          } else model[o.p] = model[o.p]! + (removal ? -o.q : o.q);
          expect(onHand(app, p.id)).toBe(model[o.p]);
        }
        if (count) ok(app.call('counts.cancel', { id: count.id }, owner).result);
        products.forEach((p, i) => {
          expect(onHand(app, p.id)).toBe(model[i]);
          expect(ledgerSum(app, p.id)).toBe(model[i]);
          if (model[i]! < 0) expect.fail('stock went negative with the setting off');
        });
        expect(cacheMismatches(app)).toEqual([]);
      }),
      { numRuns: 60 },
    );
    // And the cache rebuilt from scratch equals the cache kept by the trigger.
    const rebuilt = app.db.prepare('SELECT product_id, sum(qty_milli) AS q FROM stock_movements GROUP BY product_id HAVING q <> 0 ORDER BY product_id').all();
    const cached = app.db.prepare('SELECT product_id, qty_milli AS q FROM stock_on_hand WHERE qty_milli <> 0 ORDER BY product_id').all();
    expect(cached).toEqual(rebuilt);
  });
});
