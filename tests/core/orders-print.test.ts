/** The custom order slip through the print API on a loopback printer (Hindi and English, due date largest), its PDF, and her open work on her payout slip. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blocksOf } from '../../src/core/print/documents';
import { dayWithWeekday } from '../../src/printing/format';
import type { OrderSlip, PayoutSlip } from '../../src/printing/types';
import { decode, paperPng } from '../printing/escpos-decode';
import { startPrinter, type LoopbackPrinter } from '../printing/loopback';
import { goodPrinter } from './print-support';
import { orderShop, rid, type OrderShop } from './orders-support';

let printer: LoopbackPrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});
const OUT = 'test-results/printing';

async function print<P>(s: OrderShop, name: 'print.orderSlip' | 'print.payoutSlip', input: Record<string, unknown>, file: string, who = s.cashier) {
  const [r, bytes] = await Promise.all([s.app.callAny(name, input, who), printer!.nextJob()]);
  if (!r.result.ok) throw new Error(JSON.stringify(r.result.error));
  const { jobId, status } = r.result.value as { jobId: number; status: string };
  expect(status).toBe('printed');
  const ops = decode(bytes);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, `${file}.png`), await paperPng(ops, 576));
  const job = s.app.db.prepare('SELECT doc_type, ref, payload FROM print_jobs WHERE id = ?').get(jobId) as { doc_type: string; ref: string; payload: string };
  return { ops, job, payload: JSON.parse(job.payload) as P };
}

describe('order slip', () => {
  it('prints the order with the due date largest, the advance held and the balance; a cash advance opens the drawer; PDF too', async () => {
    const s = orderShop();
    printer = await startPrinter();
    s.ok('print.updateSettings', goodPrinter(printer.url, { cashDrawer: true }), s.owner);
    const o = s.ok('orders.create', s.badges({ note: 'स्कूल के वार्षिक उत्सव के लिए' }));
    const hi = await print<OrderSlip>(s, 'print.orderSlip', { orderId: o.id, lang: 'hi' }, 'api-order-slip-hi');
    expect(hi.job).toMatchObject({ doc_type: 'order_slip', ref: o.orderNo });
    expect(hi.payload).toMatchObject({ pricePaise: 500_000, advancePaise: 200_000, heldPaise: 200_000, balancePaise: 300_000, dueDate: '2026-12-12' });
    expect(hi.payload.items[0]!.makers).toEqual(['सुनीता साहू', 'गीता यादव']);
    const huge = blocksOf('order_slip', hi.payload, '80mm').filter((b) => b.kind === 'text' && b.size === 'huge' && b.invert).map((b) => (b as { text: string }).text);
    expect(huge).toEqual([dayWithWeekday('2026-12-12', 'hi')]);
    expect(hi.ops.filter((x) => x.op === 'drawer')).toHaveLength(1);

    s.ok('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'ready' });
    s.ok('orders.deliver', { requestId: rid(), orderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, qtyMilli: 120_000 }], payments: [{ method: 'upi', amountPaise: 100_000 }] });
    const en = await print<OrderSlip>(s, 'print.orderSlip', { orderId: o.id, lang: 'en', duplicate: true }, 'api-order-slip-en');
    expect(en.payload).toMatchObject({ heldPaise: 0, balancePaise: 200_000, deliveries: [{ totalPaise: 300_000 }] });
    expect(en.ops.filter((x) => x.op === 'drawer')).toHaveLength(0);
    expect(JSON.stringify(blocksOf('order_slip', en.payload, '80mm'))).toContain('Order Slip');

    const pdf = await s.app.callAny('print.slipPdf', { doc: 'order', id: o.id, lang: 'hi' }, s.cashier);
    expect(pdf.result).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^order-slip-HH-O-2026-27-C1-000001\.pdf$/) } });
  });

  it("her payout slip lists her open order work", async () => {
    const s = orderShop();
    printer = await startPrinter();
    s.ok('print.updateSettings', goodPrinter(printer.url), s.owner);
    const o = s.ok('orders.create', s.badges());
    s.ok('orders.setStatus', { requestId: rid(), orderId: o.id, status: 'ready' });
    s.ok('orders.deliver', { requestId: rid(), orderId: o.id, lines: [{ orderLineId: o.lines[0]!.id, qtyMilli: 50_000 }], payments: [] });
    const unpaid = s.ok('payouts.listUnpaid', { artisanId: s.geeta, periodEnd: '2026-12-07' }, s.owner).entries;
    const slip = s.ok('payouts.pay', { requestId: rid(), artisanId: s.geeta, periodEnd: '2026-12-07', ledgerIds: unpaid.map((e) => e.ledgerId), method: 'cash' }, s.owner);
    const p = await print<PayoutSlip>(s, 'print.payoutSlip', { payoutId: slip.id, lang: 'hi' }, 'api-payout-slip-open-work', s.owner);
    expect(p.payload.openWork).toEqual([{ orderNo: o.orderNo, nameHi: 'धान आर्ट बैज', nameEn: 'Paddy-grain badge', openMilli: 150_000, dueDate: '2026-12-12' }]);
    expect(p.payload.items[0]!.rule).toContain('60% + 30%');
  });
});
