/**
 * Row ids in a joined counter's offline copy (#18). The copy is the main counter's database as of
 * the snapshot; a bill or print job made in it offline would take the next id, which the main
 * counter meanwhile gives to a different bill. So the copy is marked (SQLite's application_id) and
 * its own new bills and print jobs take ids from a range the main counter never reaches.
 */
import type Database from 'better-sqlite3';

export const COPY_APPLICATION_ID = 0x4848_4f46; // "HHOF"
const COPY_ID_BASE = 1_000_000_000;

export function markAsCopy(db: Database.Database): void {
  db.pragma(`application_id = ${COPY_APPLICATION_ID}`);
}

/** The id for a new row of `table` made in the copy; null (the table's own next id) anywhere else. */
export function copyRowId(db: Database.Database, table: 'sales' | 'print_jobs'): number | null {
  if (db.pragma('application_id', { simple: true }) !== COPY_APPLICATION_ID) return null;
  const max = (db.prepare(`SELECT max(id) FROM ${table}`).pluck().get() as number | null) ?? 0;
  return Math.max(max, COPY_ID_BASE) + 1;
}
