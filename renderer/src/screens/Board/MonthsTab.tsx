import { createColumnHelper, useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardMonth, BoardMonthlyCounts } from '../../../../src/shared/api/board';
import { call } from '../../api/client';
import { BarChart } from '../../components/BarChart';
import { downloadText } from '../../components/download';
import { Field } from '../../components/Field';
import { printA4 } from '../../components/printA4';
import { tableFeaturesNone } from '../../components/VirtualTable';
import { useApiError } from '../../components/useApiError';
import type { ApiError } from '../../../../src/shared/errors';
import { monthWords } from '../Rentals/dates';
import { useReport } from '../Reports/useReport';
import './board.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const helper = createColumnHelper<typeof tableFeaturesNone, BoardMonth>();

/** Raised, resolved and declined by month: the chart, its table under it, the CSV and the meeting's A4 sheet. */
export function MonthsTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const showError = useApiError();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actionApiError, setActionError] = useState<ApiError | null>(null);
  const actionError = actionApiError ? showError(actionApiError).message : '';
  // Empty months: the core's default (the 12 months up to the shop's current month).
  const range = { ...(MONTH.test(from) ? { from } : {}), ...(MONTH.test(to) ? { to } : {}) };
  const counts = useReport<BoardMonthlyCounts>(() => call('board.getMonthlyCounts', range), [from, to]);
  const c = counts.value;
  const label = (m: string) => monthWords(`${m}-01`, lang);
  const labels = useMemo(() => c?.months.map((m) => label(m.month)) ?? [], [c, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const series = useMemo(
    () => (c ? [
      { label: t('board.months.raised'), values: c.months.map((m) => m.raised), color: '#b5532f' },
      { label: t('board.months.resolved'), values: c.months.map((m) => m.resolved), color: '#2f7a45' },
      { label: t('board.months.declined'), values: c.months.map((m) => m.declined), color: '#a8a29a' },
    ] : []),
    [c, t],
  );
  const columns = useMemo(
    () => helper.columns([
      helper.accessor('month', { header: () => t('board.months.month'), cell: (x) => label(x.getValue()) }),
      helper.accessor('raised', { header: () => t('board.months.raised') }),
      helper.accessor('resolved', { header: () => t('board.months.resolved') }),
      helper.accessor('declined', { header: () => t('board.months.declined') }),
    ]),
    [t, lang], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const table = useTable({ features: tableFeaturesNone, columns, data: c?.months ?? [] });

  async function csv() {
    setActionError(null);
    const r = await call('board.exportCsv', range);
    if (r.ok) downloadText(r.value.fileName, r.value.csv);
    else setActionError(r.error);
  }
  async function print() {
    setActionError(null);
    const r = await call('board.getMeetingSheet', { ...range, lang: lang === 'en' ? 'en' : 'hi' });
    if (r.ok) printA4(r.value.html, r.value.fileName);
    else setActionError(r.error);
  }

  return (
    <div className="board-months" data-testid="board-months">
      <div className="row board-months-head">
        <Field id="board-from" label={t('board.months.from')}>
          <input id="board-from" type="month" value={from || c?.from || ''} onChange={(e) => setFrom(e.target.value)} data-testid="board-from" />
        </Field>
        <Field id="board-to" label={t('board.months.to')}>
          <input id="board-to" type="month" value={to || c?.to || ''} onChange={(e) => setTo(e.target.value)} data-testid="board-to" />
        </Field>
        <div className="board-actions">
          <button type="button" onClick={() => void csv()} data-testid="board-csv">{t('board.months.csv')}</button>
          <button type="button" className="primary" onClick={() => void print()} data-testid="board-print">{t('board.months.print')}</button>
        </div>
      </div>
      {counts.error || actionError ? <p className="banner banner-error" role="alert">{counts.error || actionError}</p> : null}
      {c ? (
        <div className="board-months-grid">
          <section className="card">
            <h3>{t('board.months.chart')}</h3>
            <BarChart labels={labels} series={series} testId="board-chart" />
            <p className="muted" data-testid="board-still-open">{t('board.months.stillOpen', { count: c.stillOpen })}</p>
          </section>
          <section className="card">
            <table className="grid board-month-table" data-testid="board-month-table">
              <thead>
                {table.getHeaderGroups().map((g) => (
                  <tr key={g.id}>{g.headers.map((h) => <th key={h.id} className={h.column.id === 'month' ? '' : 'num'}><table.FlexRender header={h} /></th>)}</tr>
                ))}
              </thead>
              <tbody>
                {table.getRowModel().rows.map((row) => (
                  <tr key={row.id} data-testid={`board-month-${row.original.month}`}>
                    {row.getAllCells().map((x) => <td key={x.id} className={x.column.id === 'month' ? '' : 'num'}><table.FlexRender cell={x} /></td>)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>{t('board.months.total')}</th>
                  <th className="num">{c.totals.raised}</th><th className="num">{c.totals.resolved}</th><th className="num">{c.totals.declined}</th>
                </tr>
              </tfoot>
            </table>
          </section>
        </div>
      ) : null}
    </div>
  );
}
