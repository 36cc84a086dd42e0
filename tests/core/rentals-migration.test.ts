/** Migration 14: the drawer ledger rebuilt for rental kinds without losing a row or its append-only guard. */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/core/db/migrate';
import { migrations } from '../../src/core/db/migrations';

const schemaOf = (db: Database.Database) =>
  (db.prepare(`SELECT type, name, sql FROM sqlite_schema WHERE tbl_name = 'cash_movements' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name`).all() as { type: string; name: string; sql: string }[])
    .map((r) => ({ ...r, sql: r.sql.replace(/\s+/g, ' ').trim() }));

describe('migration 14 (rentals)', () => {
  it('rebuilds cash_movements with the rental kinds: every row kept, same index and append-only triggers', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 13));
    const insert = db.prepare('INSERT INTO cash_movements (uid, kind, amount_paise, business_date, at, ref_type, ref_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    ['sale', 'refund', 'payout', 'float', 'cash_in', 'cash_out', 'deposit'].forEach((kind, i) => insert.run(`u${i}`, kind, (i + 1) * (kind === 'sale' ? 100 : -100), '2026-11-23', `2026-11-23T0${i}:00:00Z`, 'x', `r${i}`, `n${i}`));
    expect(() => insert.run('bad', 'rental', 100, '2026-11-23', 'now', null, null, '')).toThrow(/CHECK/);
    const rows = db.prepare('SELECT * FROM cash_movements ORDER BY id').all();
    const before = schemaOf(db);

    migrate(db, migrations.slice(0, 14));
    expect(db.prepare('SELECT * FROM cash_movements ORDER BY id').all()).toEqual(rows);
    expect(schemaOf(db)).toEqual(before);
    expect(before.map((s) => s.name)).toEqual(['cash_movements_date', 'cash_movements_no_delete', 'cash_movements_no_update']);
    expect(() => db.prepare('UPDATE cash_movements SET amount_paise = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM cash_movements').run()).toThrow(/append-only/);
    insert.run('in', 'rental', 500, '2026-11-24', 'now', 'rental', 'x', '');
    insert.run('out', 'rental_refund', -500, '2026-11-24', 'now', 'rental', 'x', '');
    expect(() => insert.run('bad2', 'rent', 100, '2026-11-24', 'now', null, null, '')).toThrow(/CHECK/);
    // a new id continues after the copied rows
    expect(db.prepare("SELECT id FROM cash_movements WHERE uid = 'in'").pluck().get()).toBe(8);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('adds the rental tables, one rules row, and the rental line on an artisan ledger entry', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.prepare('SELECT cancel_free_days, cancel_keep_bps, json_array_length(terms) FROM rental_rules').raw().get()).toEqual([7, 5000, 3]);
    expect((db.prepare('PRAGMA table_info(artisan_ledger)').all() as { name: string }[]).map((c) => c.name)).toContain('rental_line_id');
    for (const t of ['rental_charges', 'rental_payments', 'rental_returns', 'rental_return_lines', 'rental_piece_events']) {
      expect(db.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name LIKE '%_no_%'`).pluck().get(t), t).toBe(2);
    }
  });
});
