import { z } from 'zod';
import type { CsvImportReport, CsvRowError } from '../../shared/api/csv';
import { AppError } from '../../shared/errors';
import type { DB } from '../db/open';
import type { CsvTable } from './table';

/** Thrown by a row reader for a cell it cannot read. */
export class CellError extends Error {
  constructor(
    readonly column: string,
    readonly code: string,
    readonly value?: string,
  ) {
    super(code);
  }
}

/** Map what creating a row threw to the cells it is about. */
function rowErrors(e: unknown, row: number, columnOf: (field: string) => string): CsvRowError[] {
  if (e instanceof CellError) return [{ row, column: e.column, code: e.code, value: e.value }];
  // A schema's own message names its rule ('one_name', 'whole_units'); else the zod code.
  const issueCode = (i: { message: string; code: string }) => (/^[a-z_]+$/.test(i.message) ? i.message : i.code);
  if (e instanceof z.ZodError) return e.issues.map((i) => ({ row, column: columnOf(String(i.path[0] ?? '')), code: issueCode(i) }));
  if (e instanceof AppError && e.code === 'INVALID_INPUT' && e.details?.issues) {
    return e.details.issues.map((i) => ({ row, column: columnOf(String(i.path[0] ?? '')), code: issueCode(i) }));
  }
  if (e instanceof AppError) {
    const field = e.details?.field;
    const column = columnOf(Array.isArray(field) ? String(field[0]) : String(field ?? ''));
    const code = e.code === 'CONFLICT' ? 'duplicate' : e.code === 'NOT_FOUND' ? 'not_found' : e.code.toLowerCase();
    return [{ row, column, code, value: typeof e.details?.value === 'string' ? e.details.value : undefined }];
  }
  throw e;
}

/**
 * Run `create` for every data row, each in its own savepoint, collecting every row's errors.
 * Any error -> IMPORT_REJECTED with the full report (the caller's transaction rolls all back);
 * a preview always rolls back and returns the report.
 */
export function runImport(db: DB, table: CsvTable, create: (row: string[]) => void, columnOf: (field: string) => string, preview: boolean): CsvImportReport {
  const errors: CsvRowError[] = [];
  let created = 0;
  const PREVIEW_DONE = Symbol('preview');
  try {
    db.transaction(() => {
      table.rows.forEach((r, i) => {
        try {
          db.transaction(() => create(r))();
          created += 1;
        } catch (e) {
          errors.push(...rowErrors(e, i + 2, columnOf));
        }
      });
      if (preview) throw PREVIEW_DONE; // undo the trial writes
    })();
  } catch (e) {
    if (e !== PREVIEW_DONE) throw e;
  }
  const report = { rows: table.rows.length, created, errors: errors.slice(0, 500), written: !preview && errors.length === 0 };
  if (!preview && errors.length) throw new AppError('IMPORT_REJECTED', { ...report, created: 0, written: false, errorCount: errors.length });
  return report;
}
