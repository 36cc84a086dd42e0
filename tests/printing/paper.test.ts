/**
 * Issue #20 on paper, through the loopback printer and the decoder: a copy never kicks the drawer,
 * English 58 mm values are never broken, quantities total per unit, tall pictures go out in bands
 * and read back whole, and the rental-return sample lists everything whose deposit it releases.
 */
import { loadImage, createCanvas } from '@napi-rs/canvas';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Paper } from '../../src/printing/document';
import { intakeSlip } from '../../src/printing/docs/intake-slip';
import { receipt } from '../../src/printing/docs/receipt';
import { rentalReturnSlip } from '../../src/printing/docs/rental-return-slip';
import { columnLines } from '../../src/printing/escpos';
import { printDocument } from '../../src/printing/print';
import { RASTER_BAND_DOTS, renderBlocks } from '../../src/printing/raster';
import type { SaleLine } from '../../src/printing/types';
import { decode, joinRasters, paperPng, type Op } from './escpos-decode';
import { intake, rentalReturn, sale, shop } from './fixtures';
import { startPrinter, type LoopbackPrinter } from './loopback';
import { SAMPLES } from './samples';

const OUT = 'test-results/printing';
let printer: LoopbackPrinter;
beforeAll(async () => {
  printer = await startPrinter();
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => printer.close());

async function print(blocks: Block[], paper: Paper, name?: string): Promise<Op[]> {
  const job = printer.nextJob();
  expect(await printDocument(blocks, { interface: printer.url, paper })).toMatchObject({ ok: true });
  const ops = decode(await job);
  if (name) writeFileSync(`${OUT}/${name}.png`, await paperPng(ops, paper === '58mm' ? 384 : 576));
  return ops;
}
const texts = (ops: Op[]) => ops.filter((o): o is Extract<Op, { op: 'text' }> => o.op === 'text').map((o) => o.text);
const of = <K extends Op['op']>(ops: Op[], k: K) => ops.filter((o): o is Extract<Op, { op: K }> => o.op === k);
const blockTexts = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.kind === 'columns' ? [b.cells.map((c) => c.text).join(' ')] : []));

describe('a copy never opens the drawer (item 1)', () => {
  it('a cash bill marked duplicate has no kick in its blocks or its bytes, even printed as a first print; the sample too', async () => {
    const dup = receipt(sale({ duplicate: true }));
    expect(dup.some((b) => b.kind === 'drawer')).toBe(false);
    expect(of(await print(dup, '80mm'), 'drawer')).toHaveLength(0);
    expect(SAMPLES.find((s) => s.name === 'receipt-duplicate-80mm')!.blocks.some((b) => b.kind === 'drawer')).toBe(false);
    // The original still kicks once.
    expect(of(await print(receipt(sale()), '80mm'), 'drawer')).toHaveLength(1);
  });
});

describe('English at 58 mm: values never break inside (item 3)', () => {
  it('the bill number and the date each sit whole on one line beside their label', async () => {
    // 00:53 in Durg on 7 December is 19:23 UTC on the 6th.
    const s = sale({ lang: 'en', billNo: 'HH/2026-27/C1-000001', at: '2026-12-06T19:23:00Z', shop: { ...shop, gstin: undefined }, taxes: undefined });
    const lines = texts(await print(receipt(s), '58mm', 'receipt-en-58mm'));
    expect(lines.some((t) => /^Bill No +HH\/2026-27\/C1-000001$/.test(t))).toBe(true);
    expect(lines.some((t) => /^Date +07\/12\/2026 00:53$/.test(t))).toBe(true);
    for (const t of lines) expect(t.length).toBeLessThanOrEqual(32);
    expect(lines.some((t) => t.endsWith('C1-'))).toBe(false);
  });

  it('a long label wraps and the value stays whole on its first line (property)', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abcdefghij/-:.0123456789'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { minLength: 1, maxLength: 2 }), fc.constantFrom(32, 48), (labelWords, valueWords, chars) => {
        const label = labelWords.join(' ');
        const value = valueWords.join(' ');
        const lines = columnLines([{ text: label, width: 0.55 }, { text: value, width: 0.45, align: 'right' }], chars);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(chars);
        if (value.length <= chars - 6) {
          // The value whole at the end of the first line; the label's characters all there, in order, in the room left.
          expect(lines[0]!.endsWith(value)).toBe(true);
          expect(lines[0]!.slice(0, chars - value.length).endsWith(' ')).toBe(true);
          expect((lines[0]!.slice(0, chars - value.length) + lines.slice(1).join('')).replace(/ /g, '')).toBe(label.replace(/ /g, ''));
        } else {
          expect(lines.join('').replace(/ /g, '')).toContain(value.replace(/ /g, ''));
        }
      }),
    );
  });
});

describe('quantities total per unit (item 4)', () => {
  it('the intake slip says 7 नग · 12.5 मी (pieces and metres apart) and counts its lines', async () => {
    expect(blockTexts(intakeSlip(intake))).toContain('कुल मात्रा / Total qty 7 नग · 12.5 मी');
    expect(blockTexts(intakeSlip(intake))).toContain('सामान / Lines 3');
    expect(blockTexts(intakeSlip(intake)).some((t) => t.includes('19.5'))).toBe(false);
    const en = texts(await print(intakeSlip({ ...intake, lang: 'en', shop: { ...shop, gstin: undefined } }), '80mm', 'intake-slip-en-80mm'));
    expect(en.some((t) => /^Total qty +7 pcs, 12\.5 m$/.test(t))).toBe(true);
  });

  it("the receipt's item count is per unit with the number of lines", () => {
    const cloth: SaleLine = { nameHi: 'कोसा कपड़ा', nameEn: 'Kosa fabric', qtyMilli: 2500, unit: 'metre', unitPricePaise: 180_000, discountPaise: 0, lineTotalPaise: 450_000 };
    const s = sale();
    const hi = blockTexts(receipt({ ...s, lines: [...s.lines, cloth] }));
    expect(hi).toContain('कुल मात्रा / Items: 6 नग · 2.5 मी (4 पंक्ति / lines)');
    expect(hi.some((t) => t.includes('2.5 मी x'))).toBe(true);
    expect(blockTexts(receipt({ ...s, lang: 'en', lines: [cloth] }))).toContain('Items: 2.5 m (1 line)');
  });
});

async function pixels(png: Buffer): Promise<{ w: number; h: number; data: Uint8ClampedArray }> {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { w: img.width, h: img.height, data: ctx.getImageData(0, 0, img.width, img.height).data };
}

describe('tall pictures go out in bands (item 5)', () => {
  it('a 20-line Hindi bill arrives as GS v 0 bands of at most 256 dots that join into exactly the rendered bill', async () => {
    const names = ['कोसा सिल्क साड़ी', 'ढोकरा हाथी', 'धान आर्ट बैज (श्री गणेश)', 'बांस की टोकरी', 'बेल मेटल दीया', 'पैरा आर्ट चित्र', 'गोदना दुपट्टा', 'मट परई कलश', 'जूट थैला', 'छत्तीसगढ़ी ज्वेलरी'];
    const lines: SaleLine[] = Array.from({ length: 20 }, (_, i) => ({
      nameHi: `${names[i % 10]} ${i + 1}`, nameEn: '', qtyMilli: 1000, unitPricePaise: 10_000 * (i + 1), discountPaise: 0, lineTotalPaise: 10_000 * (i + 1),
    }));
    const total = lines.reduce((a, l) => a + l.lineTotalPaise, 0);
    for (const paper of ['80mm', '58mm'] as const) {
      // A bill of supply from a shop without GSTIN or English name, paid by UPI: every line Hindi or ₹, so one picture.
      const blocks = receipt(sale({ shop: { ...shop, gstin: undefined, nameEn: undefined }, taxes: undefined, lines, subtotalPaise: total, billDiscountPaise: 0, totalPaise: total, payments: [{ method: 'upi', amountPaise: total }], tenderedPaise: undefined, changePaise: undefined }));
      const ops = await print(blocks, paper, `receipt-20-lines-${paper}`);
      const bands = of(ops, 'raster');
      expect(bands.length).toBeGreaterThan(5);
      for (const b of bands) expect(b.height).toBeLessThanOrEqual(RASTER_BAND_DOTS);
      const whole = of(joinRasters(ops), 'raster');
      expect(whole).toHaveLength(1);
      // The decoder's joined picture is, pixel for pixel, the one picture of the bill's blocks.
      const body = blocks.filter((b) => b.kind !== 'cut' && b.kind !== 'drawer').slice(0, -1); // the closing feed goes out as a feed
      const expected = await pixels(await renderBlocks(body, paper));
      expect(whole[0]!.height).toBe(expected.h);
      expect(whole[0]!.height).toBeGreaterThan(2000);
      const bpr = whole[0]!.width / 8;
      let diff = 0;
      for (let y = 0; y < expected.h; y++) {
        for (let x = 0; x < expected.w; x++) {
          const on = ((whole[0]!.bits[y * bpr + (x >> 3)] as number) >> (7 - (x & 7))) & 1;
          if (on !== (expected.data[(y * expected.w + x) * 4]! < 128 ? 1 : 0)) diff++;
        }
      }
      expect(diff).toBe(0);
    }
  });
});

describe('the rental-return sample (item 6)', () => {
  it('lists every unit whose deposit it releases: the 4 कलशा are on the slip, and the sums agree', async () => {
    const r = rentalReturn;
    expect(r.items.reduce((a, it) => a + it.depositPaise, 0)).toBe(r.depositPaise);
    expect(r.depositPaise - r.lateFeePaise - r.damagePaise).toBe(r.refundPaise);
    expect(r.items.reduce((a, it) => a + it.qty - it.returnedQty, 0)).toBe(0);
    const t = blockTexts(rentalReturnSlip(r));
    expect(t).toContain('3. सजावटी कलशा / Decorated kalsha');
    expect(t.filter((x) => x.startsWith('  लौटाए / Returned'))).toEqual(['  लौटाए / Returned 1 / 1', '  लौटाए / Returned 2 / 2', '  लौटाए / Returned 4 / 4']);
    expect(t).toContain('सामान वापस मिला, हिसाब पूरा / Items received, account settled');
  });
});
