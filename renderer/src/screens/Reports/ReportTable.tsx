/** A report section's table, sortable by any column (TanStack Table), totals under a rule: the same model the CSV and the A4 page are made from. */
import { createColumnHelper, createSortedRowModel, rowSortingFeature, sortFn_alphanumeric, sortFn_basic, tableFeatures, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Cell, ReportSection } from '../../../../src/shared/api/range-reports';
import type { Lang } from '../../../../src/shared/money';
import { formatCell, isWords, wordsIn } from '../../../../src/shared/report-format';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), sortFns: { basic: sortFn_basic, alphanumeric: sortFn_alphanumeric } });
const helper = createColumnHelper<typeof features, Cell[]>();

const numeric = (kind: string) => kind !== 'text' && kind !== 'date';

export function ReportTable({ section, lang, testId }: { section: ReportSection; lang: Lang; testId?: string }) {
  const columns = useMemo(
    () =>
      helper.columns(
        section.columns.map((c, i) =>
          helper.accessor((row) => {
            const v = row[i] ?? null;
            return v === null ? undefined : isWords(v) ? wordsIn(v, lang) : v;
          }, {
            id: c.key,
            header: () => wordsIn(c.label, lang),
            cell: (x) => formatCell(x.row.original[i] ?? null, c.kind, lang),
            sortFn: numeric(c.kind) ? 'basic' : 'alphanumeric',
            sortUndefined: 'last',
          }),
        ),
      ),
    [section, lang],
  );
  const table = useTable({ features, columns, data: section.rows });
  return (
    <div className="rep-table-wrap">
      <table className="grid rep-table rep-sortable" data-testid={testId}>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h, i) => {
                const sorted = h.column.getIsSorted();
                const kind = section.columns[i]!.kind;
                return (
                  <th key={h.id} className={numeric(kind) ? 'num' : undefined} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}>
                    <button type="button" className="rep-sort" onClick={h.column.getToggleSortingHandler()} data-testid={`sort-${h.column.id}`}>
                      <table.FlexRender header={h} />
                      <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            <tr key={r.id}>
              {r.getAllCells().map((c, i) => (
                <td key={c.id} className={numeric(section.columns[i]!.kind) ? 'num' : undefined}>
                  <table.FlexRender cell={c} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {section.totals.length ? (
          <tfoot>
            {section.totals.map((row, k) => (
              <tr key={k} className="rep-total">
                {section.columns.map((c, i) => (
                  <td key={c.key} className={numeric(c.kind) ? 'num' : undefined}>{formatCell(row[i] ?? null, c.kind, lang)}</td>
                ))}
              </tr>
            ))}
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
