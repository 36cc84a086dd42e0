import { zipSync, strToU8 } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../db/open';
import { writeCsv } from '../csv/table';
import { shopFileStamp } from '../shop-day';

/** The shop's own tables (not SQLite's, not the search index's internals). */
function tables(db: DB): string[] {
  return (db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string; sql: string }[])
    .filter((t, _i, all) => !/^CREATE VIRTUAL TABLE/i.test(t.sql) && !all.some((v) => /^CREATE VIRTUAL TABLE/i.test(v.sql) && t.name.startsWith(`${v.name}_`)))
    .map((t) => t.name)
    .sort();
}

/**
 * Everything in one zip for the group's records: each table as CSV (for a spreadsheet) and as
 * JSON (exact values), plus a manifest. Read in one snapshot (the caller's read transaction).
 */
export function exportAll(db: DB, at: Date): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const manifest: { table: string; rows: number }[] = [];
  for (const t of tables(db)) {
    const stmt = db.prepare(`SELECT * FROM "${t}"`);
    const cols = stmt.columns().map((c) => c.name);
    const rows = stmt.raw().all() as unknown[][];
    const cellText = (v: unknown) => (v === null ? '' : Buffer.isBuffer(v) ? `base64:${v.toString('base64')}` : (v as string | number));
    files[`csv/${t}.csv`] = strToU8(writeCsv(cols, rows.map((r) => r.map(cellText))));
    files[`json/${t}.json`] = strToU8(JSON.stringify(rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, Buffer.isBuffer(r[i]) ? (r[i] as Buffer).toString('base64') : r[i]])))));
    manifest.push({ table: t, rows: rows.length });
  }
  files['manifest.json'] = strToU8(JSON.stringify({ app: 'Hamar Hatri POS', exportedAt: at.toISOString(), schemaVersion: db.pragma('user_version', { simple: true }), tables: manifest }, null, 2));
  return zipSync(files, { level: 6 });
}

export function writeExport(db: DB, dir: string, at: Date): { file: string; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `hamar-hatri-export-${shopFileStamp(db, at)}.zip`);
  const zip = exportAll(db, at);
  fs.writeFileSync(file, zip);
  return { file, bytes: zip.length };
}
