import { tableFeatures, useTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { bySlot, keepNear, pagesToLoad } from './tablePages';

const PAGE = 100;
// Rows drawn beyond the view on each side: enough to hide a hand's scroll, few enough that a fast
// fling (every drawn row new in each frame) stays inside a frame on the counter's 2 cores (#17).
const OVERSCAN = 3;
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
  /** Cells are drawn in recycled rows (see VRow's key), so a cell must keep no state of its own. */
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

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: OVERSCAN });
  const items = virtualizer.getVirtualItems();
  const firstPage = Math.floor((items[0]?.index ?? 0) / PAGE);
  const lastPage = Math.floor((items[items.length - 1]?.index ?? 0) / PAGE);

  const direction = virtualizer.scrollDirection;
  // Rows are keyed by slot (index mod the most ever drawn at once), so a row scrolled out is
  // the row scrolled in: React updates its text in place instead of removing and making elements.
  const slotsRef = useRef(0);
  slotsRef.current = Math.max(slotsRef.current, items.length);
  const slots = Math.max(1, slotsRef.current);
  const view = useRef({ firstPage, lastPage });
  view.current = { firstPage, lastPage };

  useEffect(() => {
    const gen = generation.current;
    const pageCount = total === null ? null : Math.ceil(total / PAGE);
    for (const p of pagesToLoad(firstPage, lastPage, direction, pageCount, (q) => pages.has(q) || inflight.current.has(q))) {
      inflight.current.add(p);
      void props.fetchPage(p * PAGE, PAGE, nexts.current.get(p - 1)).then((r) => {
        if (gen !== generation.current) return; // a reset happened meanwhile
        inflight.current.delete(p);
        if (r.next != null) nexts.current.set(p, r.next);
        if (r.total !== null) setTotal(r.total); // the first page's count sizes the table
        setPages((old) => keepNear(new Map(old).set(p, r.rows), view.current.firstPage, view.current.lastPage));
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [firstPage, lastPage, direction, total, pages, props.resetKey]);

  // The table models only the loaded window around the viewport; a page arriving outside it
  // (fetched ahead) leaves the window's rows as they are, so no drawn row renders again.
  const windowStart = firstPage * PAGE;
  const shown: Row[][] = [];
  for (let p = firstPage; p <= lastPage; p++) {
    const rows = pages.get(p);
    if (!rows) break;
    shown.push(rows);
  }
  const lastShown = useRef<{ parts: Row[][]; data: Row[] }>({ parts: [], data: [] });
  if (!samePages(lastShown.current.parts, shown)) lastShown.current = { parts: shown, data: shown.flat() };
  const data = lastShown.current.data;
  const table = useTable({ features: tableFeaturesNone, columns: props.columns, data });
  const rows = table.getRowModel().rows;
  const widths = props.widths.join(' ');
  const grid = useMemo(() => ({ gridTemplateColumns: widths }), [widths]);

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
          {bySlot(items, slots).map((item) => {
            const row = rows[item.index - windowStart];
            return <VRow key={item.index % slots} row={row} index={item.index} top={item.start} height={rowHeight} grid={grid} table={table} onRowClick={props.onRowClick} />;
          })}
        </div>
      </div>
    </div>
  );
}

// What a drawn row needs of the table and its row, whatever the row type.
type AnyCell = { id: string; column: { id: string } };
type AnyTable = { FlexRender: (p: { cell: any }) => ReactNode; getAllLeafColumns: () => { id: string }[] };
type AnyRow = { original: unknown; getAllCells: () => AnyCell[] };

/**
 * One drawn row. Memoised: while scrolling, the rows still in view keep their DOM and are not
 * rendered again; only the rows coming into view are (their page loaded, or "…" until it is).
 */
const VRow = memo(function VRow(p: { row: AnyRow | undefined; index: number; top: number; height: number; grid: CSSProperties; table: AnyTable; onRowClick?: (row: any) => void }) {
  const { row, table } = p;
  return (
    <div
      role="row"
      aria-rowindex={p.index + 1}
      className={p.onRowClick && row ? 'vtable-row vtable-vrow vtable-click' : 'vtable-row vtable-vrow'}
      style={{ ...p.grid, height: p.height, transform: `translateY(${p.top}px)` }}
      onClick={row && p.onRowClick ? () => p.onRowClick?.(row.original) : undefined}
    >
      {row
        ? row.getAllCells().map((c) => (
            <div key={c.column.id} role="cell" className={`vtable-cell col-${c.column.id}`}>
              <table.FlexRender cell={c} />
            </div>
          ))
        : table.getAllLeafColumns().map(({ id }, i) => (
            // a row still waiting for its page keeps the cells, so it changes text when the page comes
            <div key={id} role="cell" className={`vtable-cell col-${id} muted`}>
              {i === 0 ? '…' : null}
            </div>
          ))}
    </div>
  );
});

const samePages = <T,>(a: T[][], b: T[][]) => a.length === b.length && a.every((x, i) => x === b[i]);
