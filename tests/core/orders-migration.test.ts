/** Migration custom-orders: the order tables, and the drawer and print-job ledgers rebuilt for their new kinds without losing a row, an index or a trigger. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';

const V = migrations.findIndex((m) => m.name === 'custom-orders') + 1;
const schemaOf = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`).all(table) as { type: string; name: string; sql: string }[])
    .map((r) => ({ ...r, sql: r.sql.replace(/\s+/g, ' ').trim() }));

describe('migration custom-orders', () => {
  it('rebuilds cash_movements and print_jobs: every row kept, same indexes and triggers, the new kinds taken', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, V - 1));
    const cash = db.prepare('INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, ref_type, ref_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    ['sale', 'refund', 'rental', 'rental_refund'].forEach((kind, i) => cash.run(`u${i}`, kind, kind.includes('refund') ? -100 : 100 * (i + 1), '2026-12-07', `2026-12-07T0${i}:00:00Z`, 'x', `r${i}`, ''));
    expect(() => cash.run('bad', 'order', 100, '2026-12-07', 'now', null, null, '')).toThrow(/CHECK/);
    const job = db.prepare(`INSERT INTO print_jobs (uid, doc_type, ref, printer, paper, status, created_at, payload, reprint_of) VALUES (?, ?, 'R1', 'tcp://x', '80mm', 'printed', 'now', '{}', ?)`);
    job.run('j1', 'receipt', null);
    job.run('j2', 'receipt', 1);
    expect(() => job.run('j3', 'order_slip', null)).toThrow(/CHECK/);
    const rows = { cash: db.prepare('SELECT * FROM cash_movements ORDER BY id').all(), jobs: db.prepare('SELECT * FROM print_jobs ORDER BY id').all(), daily: db.prepare('SELECT * FROM cash_daily ORDER BY kind').all() };
    const before = { cash: schemaOf(db, 'cash_movements'), jobs: schemaOf(db, 'print_jobs') };

    migrate(db, migrations.slice(0, V));
    expect(db.prepare('SELECT * FROM cash_movements ORDER BY id').all()).toEqual(rows.cash);
    expect(db.prepare('SELECT * FROM print_jobs ORDER BY id').all()).toEqual(rows.jobs);
    expect(db.prepare('SELECT * FROM cash_daily ORDER BY kind').all()).toEqual(rows.daily);
    expect(schemaOf(db, 'cash_movements')).toEqual(before.cash);
    expect(schemaOf(db, 'print_jobs')).toEqual(before.jobs);
    expect(before.cash.map((s) => s.name)).toEqual(['cash_movements_daily', 'cash_movements_date', 'cash_movements_no_delete', 'cash_movements_no_update']);
    expect(() => db.prepare('UPDATE cash_movements SET amount_paise = 1').run()).toThrow(/append-only/);
    cash.run('in', 'order', 200_000, '2026-12-08', 'now', 'order', 'o1', '');
    cash.run('out', 'order_refund', -150_000, '2026-12-08', 'now', 'order', 'o1', '');
    expect(db.prepare("SELECT kind, movements, in_paise, out_paise FROM cash_daily WHERE business_date = '2026-12-08' ORDER BY kind").raw().all()).toEqual([['order', 1, 200_000, 0], ['order_refund', 1, 0, -150_000]]);
    job.run('j3', 'order_slip', 2);
    expect((db.prepare('PRAGMA foreign_key_list(print_jobs)').all() as { table: string; from: string }[]).find((f) => f.from === 'reprint_of')?.table).toBe('print_jobs');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('adds the order tables with append-only money, deliveries and their lines, and the shop cancel rule', () => {
    const db = new Database(':memory:');
    migrate(db);
    for (const t of ['order_money', 'order_deliveries', 'order_delivery_lines']) {
      expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name LIKE '%_no_%'`).pluck().get(t), t).toBe(2);
    }
    expect((db.prepare('PRAGMA table_info(shop_settings)').all() as { name: string; dflt_value: string }[]).find((c) => c.name === 'order_cancel_keep_bps')?.dflt_value).toBe('2500');
  });
});
