import { useTranslation } from 'react-i18next';
import type { BoardMonth } from '../../../../src/shared/api/board';

/**
 * The members' board by month as pairs of small bars (raised, resolved), each with its numbers
 * beside it, so the figures are the table. Plain CSS, like CompareBars: no chart library at home.
 */
/** "Oct" / "अक्टू॰": the month alone, short, in the screen's language. */
function shortMonth(month: string, lang: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { month: 'short', timeZone: 'UTC' }).format(d);
}

export function MonthBars({ months, lang }: { months: BoardMonth[]; lang: string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...months.map((m) => Math.max(m.raised, m.resolved)));
  const w = (n: number) => ({ width: `${(n / max) * 100}%` });
  return (
    <span className="dash-months" data-testid="dash-board-months">
      <span className="dash-month-key">
        <span><i className="dash-swatch dash-bar-raised" />{t('dashboard.board.raised')}</span>
        <span><i className="dash-swatch dash-bar-resolved" />{t('dashboard.board.resolved')}</span>
      </span>
      {months.map((m) => (
        <span key={m.month} className="dash-month-row" data-testid={`dash-month-${m.month}`}>
          <span className="dash-month-name">{shortMonth(m.month, lang)}</span>
          <span className="dash-month-bars" aria-hidden="true">
            <span className="dash-bar dash-bar-raised" style={w(m.raised)} />
            <span className="dash-bar dash-bar-resolved" style={w(m.resolved)} />
          </span>
          <span className="dash-month-nums">{m.raised} · {m.resolved}</span>
        </span>
      ))}
    </span>
  );
}
