/** Print jobs on a real migrated SQLite database: record, mark, reprint as DUPLICATE. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/db/migrate';
import { getJob, markResult, recordJob, recordReprint } from '../../src/printing/jobs';
import { receipt } from '../../src/printing/docs/receipt';
import { printDocument } from '../../src/printing/print';
import type { SaleReceipt } from '../../src/printing/types';
import { sale } from './fixtures';
import { closedPort } from './loopback';

function db() {
  const d = new Database(':memory:');
  d.pragma('foreign_keys = ON');
  migrate(d);
  return d;
}

describe('print jobs', () => {
  it('a failed print is recorded with its code and can be reprinted as a duplicate', async () => {
    const d = db();
    const data = sale();
    const printer = `tcp://127.0.0.1:${await closedPort()}`;
    const id = recordJob(d, { docType: 'receipt', ref: data.billNo, printer, paper: '80mm', payload: data });
    expect(getJob(d, id)).toMatchObject({ status: 'queued', attempts: 0 });
    markResult(d, id, await printDocument(receipt(data), { interface: printer, paper: '80mm' }));
    expect(getJob(d, id)).toMatchObject({ status: 'failed', error: 'PRINTER_UNREACHABLE', attempts: 1 });

    const again = recordReprint(d, id, printer);
    const row = getJob(d, again)!;
    expect(row).toMatchObject({ reprint_of: id, status: 'queued', ref: 'HH/2026-27/000123' });
    const blocks = receipt(JSON.parse(row.payload) as SaleReceipt);
    expect(blocks.some((b) => b.kind === 'text' && b.text === 'DUPLICATE / प्रति')).toBe(true);
    markResult(d, again, { ok: true, bytes: 1, ms: 1 });
    expect(getJob(d, again)).toMatchObject({ status: 'printed', error: null });
  });

  it('the table is STRICT and checks its enums', () => {
    const d = db();
    expect(() => recordJob(d, { docType: 'bogus' as never, ref: '', printer: 'x', paper: '80mm', payload: {} })).toThrow(/CHECK/);
  });
});
