import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '../../../../src/shared/api';
import { formatINR, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { dateShort, dateWords } from '../Rentals/dates';
import { CompareBars } from './CompareBars';
import { MonthBars } from './MonthBars';
import { OwedTile } from './OwedTile';
import type { Target } from './targets';
import { Tile } from './Tile';
import './dashboard.css';

/** A daily backup missed: the tile asks for one. */
const BACKUP_OLD_MINUTES = 26 * 60;

/** How long ago, in the screen's language ("15 घंटे पहले" / "15 hours ago"). */
function ago(minutes: number, lang: string): string {
  const f = new Intl.RelativeTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { numeric: 'auto', numberingSystem: 'latn' } as Intl.RelativeTimeFormatOptions);
  if (minutes < 60) return f.format(-minutes, 'minute');
  if (minutes < 48 * 60) return f.format(-Math.floor(minutes / 60), 'hour');
  return f.format(-Math.floor(minutes / 1440), 'day');
}

/**
 * The manager's home: one call (dashboard.summary) for every tile; each tile opens the screen
 * behind its figure. A new tile is one entry here once its figure is in the summary.
 */
export function DashboardScreen({ open }: { open: (t: Target) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const showError = useApiError();
  const [d, setD] = useState<DashboardSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    void call('dashboard.summary', {}).then((r) => {
      if (r.ok) {
        setD(r.value);
        setError(null);
      } else setError(showError(r.error).message);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(load, [load]);

  if (error) return <p className="banner banner-error" role="alert" data-testid="dash-error">{t('dashboard.failed')} {error}</p>;
  // Waiting for its figures inside its own screen (not the areas' loading placeholder).
  if (!d) return <section className="screen dashboard"><p className="muted" data-testid="dash-loading">{t('common.loading')}</p></section>;

  const money = (p: number) => formatINR(p, lang);
  const bills = (n: number) => t('dashboard.sales.bills', { count: n });
  const { today, lastWeekSoFar, lastWeek } = d.sales;
  const lastDay = dateShort(d.lastWeekDate, lang);
  const change = lastWeekSoFar.netPaise > 0 ? Math.round(((today.netPaise - lastWeekSoFar.netPaise) / lastWeekSoFar.netPaise) * 100) : null;
  const changeText = change === null ? t('dashboard.sales.noCompare') : change > 0 ? t('dashboard.sales.up', { pct: change }) : change < 0 ? t('dashboard.sales.down', { pct: -change }) : t('dashboard.sales.same');
  const backupOld = !d.backup || d.backup.ageMinutes > BACKUP_OLD_MINUTES;
  const rentalsLate = d.rentals.overdue > 0;

  return (
    <section className="screen dashboard" data-testid="dashboard">
      <div className="screen-head">
        <h2>{t('dashboard.title')}</h2>
        <span className="muted" data-testid="dash-today">{t('dashboard.todayIs', { date: dateWords(d.today, lang) })}</span>
        <button type="button" className="dash-refresh" onClick={load} data-testid="dash-refresh">{t('dashboard.refresh')}</button>
      </div>
      <div className="dash-grid">
        <Tile id="sales" wide title={t('dashboard.sales.title')} screen={t('dashboard.sales.screen')} onOpen={() => open({ area: 'reports' })}>
          <span className="dash-line">
            <span className="dash-figure"><Money paise={today.netPaise} /></span>
            <span className="dash-sub" data-testid="dash-sales-bills">
              {bills(today.bills)}
              {today.returnsPaise > 0 ? ` · ${t('dashboard.sales.returns', { amount: money(today.returnsPaise) })}` : ''}
            </span>
          </span>
          <CompareBars
            rows={[
              { key: 'today', label: t('dashboard.sales.today'), value: today.netPaise, text: `${money(today.netPaise)} · ${bills(today.bills)}` },
              { key: 'week', label: t('dashboard.sales.vsSoFar', { day: lastDay }), value: lastWeekSoFar.netPaise, text: `${money(lastWeekSoFar.netPaise)} · ${bills(lastWeekSoFar.bills)}` },
            ]}
          />
          <span className={change === null ? 'dash-sub muted' : change < 0 ? 'dash-sub dash-down' : 'dash-sub dash-up'} data-testid="dash-sales-change">{changeText}</span>
          <span className="dash-sub muted" data-testid="dash-sales-week">{t('dashboard.sales.vsWhole', { day: lastDay, amount: money(lastWeek.netPaise), bills: bills(lastWeek.bills) })}</span>
        </Tile>

        <Tile id="drawer" title={t('dashboard.drawer.title')} screen={t('dashboard.drawer.screen')} onOpen={() => open({ area: 'reports' })}>
          <span className="dash-figure"><Money paise={d.drawer.expectedPaise} /></span>
          <span className="dash-sub">{t('dashboard.drawer.expected')}</span>
          <span className="dash-sub muted" data-testid="dash-drawer-line">
            {t('dashboard.drawer.line', { opening: money(d.drawer.openingPaise), in: money(d.drawer.inPaise), out: money(d.drawer.outPaise) })}
          </span>
        </Tile>

        <Tile id="rentals" tone={rentalsLate ? 'warn' : undefined} title={t('dashboard.rentals.title')} screen={t('dashboard.rentals.screen')} onOpen={() => open({ area: 'rentals' })}>
          <span className="dash-pair">
            <span className="dash-count"><b className="dash-figure" data-testid="dash-rentals-due">{d.rentals.dueToday}</b> {t('dashboard.rentals.dueToday')}</span>
            <span className={rentalsLate ? 'dash-count dash-late' : 'dash-count'}><b className="dash-figure" data-testid="dash-rentals-overdue">{d.rentals.overdue}</b> {t('dashboard.rentals.overdue')}</span>
          </span>
          {d.rentals.dueToday + d.rentals.overdue === 0 ? <span className="dash-sub muted">{t('dashboard.rentals.none')}</span> : null}
        </Tile>

        <OwedTile owed={d.artisansOwed} open={open} />

        <Tile id="low-stock" tone={d.lowStock.count > 0 ? 'warn' : undefined} title={t('dashboard.lowStock.title')} screen={t('dashboard.lowStock.screen')} onOpen={() => open({ area: 'stock', tab: 'lowStock' })}>
          <span className="dash-figure" data-testid="dash-low-count">{d.lowStock.count}</span>
          <span className="dash-sub">{d.lowStock.count > 0 ? t('dashboard.lowStock.count', { count: d.lowStock.count }) : t('dashboard.lowStock.none')}</span>
        </Tile>

        <Tile id="backup" tone={backupOld ? 'warn' : 'ok'} title={t('dashboard.backup.title')} screen={t('dashboard.backup.screen')} onOpen={() => open({ area: 'settings', tab: 'backup' })}>
          {d.backup ? (
            <>
              <span className="dash-figure" data-testid="dash-backup-age">{ago(d.backup.ageMinutes, lang)}</span>
              <span className="dash-sub">{t(`dashboard.backup.reason.${d.backup.reason}`, { defaultValue: d.backup.reason })}</span>
            </>
          ) : (
            <span className="dash-sub dash-late" data-testid="dash-backup-age">{t('dashboard.backup.never')}</span>
          )}
          {d.backup && backupOld ? <span className="dash-sub dash-late">{t('dashboard.backup.old')}</span> : null}
        </Tile>
        <Tile id="orders" tone={d.customDue.overdue.count > 0 ? 'warn' : undefined} title={t('dashboard.orders.title')} screen={t('dashboard.orders.screen')} onOpen={() => open({ area: 'orders' })}>
          <span className="dash-pair">
            <span className="dash-count"><b className="dash-figure" data-testid="dash-orders-week">{d.customDue.dueThisWeek.count}</b> {t('dashboard.orders.week')}</span>
            <span className={d.customDue.overdue.count > 0 ? 'dash-count dash-late' : 'dash-count'}><b data-testid="dash-orders-overdue">{d.customDue.overdue.count}</b> {t('dashboard.orders.overdue')}</span>
            <span className="dash-count"><b data-testid="dash-orders-ready">{d.customDue.readyNotCollected.count}</b> {t('dashboard.orders.ready')}</span>
          </span>
          <span className="dash-sub muted">{t('dashboard.orders.held', { amount: money(d.customDue.heldPaise) })}</span>
        </Tile>

        <Tile id="board" title={t('dashboard.board.title')} screen={t('dashboard.board.screen')} onOpen={() => open({ area: 'board' })}>
          <MonthBars months={d.board.months} lang={lang} />
          <span className="dash-sub muted" data-testid="dash-board-open">{t('dashboard.board.open', { count: d.board.stillOpen })}</span>
        </Tile>
      </div>
    </section>
  );
}
