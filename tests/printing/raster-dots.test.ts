/**
 * Pictures sent as GS v 0 packed straight from the canvas (renderDots) are byte for byte what
 * node-thermal-printer made of the same picture as a PNG (renderBlocks + its printImageBuffer).
 */
import { describe, expect, it } from 'vitest';
import { receipt } from '../../src/printing/docs/receipt';
import { encode, gsv0, newPrinter, type PrinterType } from '../../src/printing/escpos';
import { renderBlocks, renderDots } from '../../src/printing/raster';
import type { Paper } from '../../src/printing/document';
import { sale, saleUpiDue } from './fixtures';

describe('raster dots', () => {
  for (const type of ['epson', 'tanca'] as PrinterType[]) {
    for (const paper of ['80mm', '58mm'] as Paper[]) {
      it(`${type} ${paper}: a Hindi receipt with a pay-QR is the library's bytes`, async () => {
        for (const blocks of [receipt(sale()), receipt(saleUpiDue({ lang: 'en' }))]) {
          const lib = newPrinter(type, paper);
          const want = await lib.printImageBuffer(await renderBlocks(blocks, paper));
          expect(gsv0(await renderDots(blocks, paper)).equals(want)).toBe(true);
        }
      });
    }
  }

  it('a whole receipt encodes to the same bytes as through the library (epson), and star still goes the library way', async () => {
    const blocks = receipt(sale());
    const ours = await encode(blocks, { paper: '80mm', type: 'epson' });
    // the library's way for the same document: star's own raster command, not GS v 0
    const star = await encode(blocks, { paper: '80mm', type: 'star' });
    expect(ours.includes(Buffer.from([0x1d, 0x76, 0x30, 48]))).toBe(true);
    expect(star.includes(Buffer.from([0x1d, 0x76, 0x30, 48]))).toBe(false);
  });
});
