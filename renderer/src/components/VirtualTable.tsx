import { tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';

const PAGE = 100;
export const tableFeaturesNone = tableFeatures({});
type Features = typeof tableFeaturesNone;

/** A page as the core returns it: `total` may be counted on the first page only (null after). */
export interface TablePage<Row, Cursor> {
  rows: Row[];
  total: number | null;
  /** Where this page ended: handed back as `after` for the next page (keyset paging), if the source has it. */
  next?: Cursor | null;
}

export interface VirtualTableProps<Row extends RowData, Cursor = never> {
  columns: ColumnDef<Features, Row, any>[];
  /** CSS grid track per column, e.g. ['8rem', '1fr', '7rem']. */
  widths: string[];
  /**
   * Loads rows [offset, offset + limit) from the core; the table never asks for more than it shows.
   * `after` is the previous page's `next` when that page is loaded (scrolling down page by page).
   */
  fetchPage: (offset: number, limit: number, after?: Cursor) => Promise<TablePage<Row, Cursor>>;
  /** Change it to drop loaded rows and start from the top (a new filter or sort). */
  resetKey: string;
  rowHeight?: number;
  height?: string;
  onRowClick?: (row: Row) => void;
  emptyText: string;
  loadingText: string;
  testId?: string;
}

/**
 * A catalogue of 100,000 rows on a counter PC: only the visible rows are in the DOM
 * (TanStack Virtual) and only the pages around them were ever fetched (100 rows a call).
 */
export function VirtualTable<Row extends RowData, Cursor = never>(props: VirtualTableProps<Row, Cursor>) {
  const rowHeight = props.rowHeight ?? 56;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Map<number, Row[]>>(new Map());
  const [total, setTotal] = useState<number | null>(null);
  const inflight = useRef(new Set<number>());
  const nexts = useRef(new Map<number, Cursor>());
  const generation = useRef(0);

  useEffect(() => {
    generation.current += 1;
    inflight.current.clear();
    nexts.current.clear();
    setPages(new Map());
    setTotal(null);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [props.resetKey]);

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 8 });
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items[items.length - 1]?.index ?? 0) / PAGE);

  useEffect(() => {
    const gen = generation.current;
    for (let p = firstPage; p <= lastPage; p++) {
      if (pages.has(p) || inflight.current.has(p)) continue;
      inflight.current.add(p);
      void props.fetchPage(p * PAGE, PAGE, nexts.current.get(p - 1)).then((r) => {
        if (gen !== generation.current) return; // a reset happened meanwhile
        inflight.current.delete(p);
        if (r.next != null) nexts.current.set(p, r.next);
        if (r.total !== null) setTotal(r.total); // the first page's count sizes the table
        setPages((old) => new Map(old).set(p, r.rows));
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstPage, lastPage, pages, props.resetKey]);

  // The table models only the loaded window around the viewport.
  const windowStart = firstPage * PAGE;
  const data = useMemo(() => {
    const out: Row[] = [];
    for (let p = firstPage; p <= lastPage; p++) {
      const rows = pages.get(p);
      if (!rows) break;
      out.push(...rows);
    }
    return out;
  }, [pages, firstPage, lastPage]);
  const table = useTable({ features: tableFeaturesNone, columns: props.columns, data });
  const rows = table.getRowModel().rows;
  const grid = { gridTemplateColumns: props.widths.join(' ') };

  return (
    <div className="vtable" role="table" data-testid={props.testId} aria-rowcount={total ?? undefined}>
      <div ref={scrollRef} className="vtable-body" style={{ height: props.height ?? '60vh' }} role="presentation">
        <div className="vtable-head" role="rowgroup">
          {table.getHeaderGroups().map((g) => (
            <div key={g.id} className="vtable-row" role="row" style={grid}>
              {g.headers.map((h) => (
                <div key={h.id} role="columnheader" className={`vtable-cell col-${h.column.id}`}>
                  {h.isPlaceholder ? null : <table.FlexRender header={h} />}
                </div>
              ))}
            </div>
          ))}
        </div>
        {total === 0 ? <p className="muted vtable-empty">{props.emptyText}</p> : null}
        {total === null ? <p className="muted vtable-empty">{props.loadingText}</p> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index - windowStart];
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 1}
                className={props.onRowClick && row ? 'vtable-row vtable-click' : 'vtable-row'}
                style={{ ...grid, position: 'absolute', top: 0, left: 0, right: 0, height: rowHeight, transform: `translateY(${item.start}px)` }}
                onClick={row && props.onRowClick ? () => props.onRowClick?.(row.original) : undefined}
              >
                {row
                  ? row.getAllCells().map((c) => (
                      <div key={c.id} role="cell" className={`vtable-cell col-${c.column.id}`}>
                        <table.FlexRender cell={c} />
                      </div>
                    ))
                  : <div role="cell" className="vtable-cell muted">…</div>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
