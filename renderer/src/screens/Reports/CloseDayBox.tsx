import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayCloseReport } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { formatINR, parseRupees, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { formatWhen } from '../../shopZone';
import { DayCloseSlip } from './DayCloseSlip';

/** Short or over in words, coloured: red when the drawer has less than it should, green when more. */
export function Difference({ paise, testId }: { paise: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  const amount = formatINR(Math.abs(paise), i18n.language as Lang);
  const cls = paise < 0 ? 'rep-diff rep-short' : paise > 0 ? 'rep-diff rep-over' : 'rep-diff rep-even';
  const words = paise < 0 ? t('report.day.short', { amount }) : paise > 0 ? t('report.day.over', { amount }) : t('report.day.matches');
  return <strong className={cls} data-testid={testId}>{words}</strong>;
}

/**
 * The end of the day: count the drawer, see the difference as it is typed, close the day once
 * (recorded with the expected cash), then print or save the day-close slip. A closed day shows
 * its recorded count instead.
 */
export function CloseDayBox(props: { report: DayCloseReport; today: string; onClosed: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [counted, setCounted] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<ApiError | null>(null);
  const [justClosed, setJustClosed] = useState(false);
  const requestId = useRef(crypto.randomUUID());
  const r = props.report;
  const expected = r.cash.expectedPaise;
  const countedPaise = counted.trim() ? parseRupees(counted) : null;

  const shown = err ? showError(err) : null;
  const message =
    err && err.code === 'CONFLICT' && err.details?.reason === 'dayClosed'
      ? t('report.day.dayClosed', { name: String(err.details.closedBy ?? ''), counted: formatINR(Number(err.details.countedPaise ?? 0), i18n.language as Lang) })
      : shown?.message;

  if (r.closed) {
    const c = r.closed;
    return (
      <section className="card rep-close rep-closed" data-testid="rep-closed">
        <h3>✓ {t('report.day.closedTitle')}</h3>
        {justClosed ? <p className="banner banner-ok" role="status">{t('report.day.justClosed')}</p> : null}
        {/* Closed from another window meanwhile: say so, and show what she recorded. */}
        {message ? <p className="banner banner-error" role="alert" data-testid="rep-close-error">{message}</p> : null}
        <p className="muted">{t('report.day.closedBy', { name: c.closedBy, time: formatWhen(c.at, i18n.language) })}</p>
        <table className="rep-rows">
          <tbody>
            <tr className="rep-row"><th scope="row">{t('report.day.closedExpected')}</th><td className="num"><Money paise={c.expectedPaise} /></td></tr>
            <tr className="rep-row rep-strong"><th scope="row">{t('report.day.closedCounted')}</th><td className="num" data-testid="rep-closed-counted"><Money paise={c.countedPaise} /></td></tr>
            <tr className="rep-row"><th scope="row">{t('report.day.difference')}</th><td className="num"><Difference paise={c.differencePaise} testId="rep-closed-diff" /></td></tr>
          </tbody>
        </table>
        {c.note ? <p className="rep-note">{c.note}</p> : null}
        <DayCloseSlip closeId={c.id} date={c.date} />
      </section>
    );
  }

  // A day still to come cannot be closed (the core refuses it too).
  if (props.today && r.date > props.today) return null;


  async function close() {
    if (countedPaise === null || busy) return;
    setBusy(true);
    setErr(null);
    const res = await call('reports.closeDay', { requestId: requestId.current, date: r.date, countedPaise, note });
    setBusy(false);
    if (!res.ok) {
      setErr(res.error);
      if (res.error.code === 'CONFLICT' && res.error.details?.reason === 'dayClosed') props.onClosed(); // show the close on file
      return;
    }
    requestId.current = crypto.randomUUID();
    setJustClosed(true);
    props.onClosed();
  }

  return (
    <section className="card rep-close" data-testid="rep-close">
      <h3>{t('report.day.close')}</h3>
      <div className="rep-close-grid">
        <div className="rep-close-figures">
          <p>
            {t('report.day.expected')}: <Money paise={expected} className="rep-big" />
          </p>
          <Field id="rep-counted" label={t('report.day.counted')} hint={t('report.day.countedHint')} error={shown?.fields.countedPaise}>
            <input id="rep-counted" inputMode="decimal" autoComplete="off" className="rep-counted" value={counted} onChange={(e) => setCounted(e.target.value)} data-testid="rep-counted" />
          </Field>
          <p className="rep-diff-line" aria-live="polite">
            {t('report.day.difference')}:{' '}
            {countedPaise !== null ? <Difference paise={countedPaise - expected} testId="rep-diff" /> : <span className="muted">—</span>}
          </p>
          <Field id="rep-note" label={`${t('report.day.note')} (${t('common.optional')})`} error={shown?.fields.note}>
            <input id="rep-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} data-testid="rep-note" />
          </Field>
        </div>
      </div>
      {message ? <p className="banner banner-error" role="alert" data-testid="rep-close-error">{message}</p> : null}
      <button type="button" className="primary big" onClick={() => void close()} disabled={busy || countedPaise === null} data-testid="rep-close-day">
        {busy ? t('report.day.closing') : t('report.day.closeButton')}
      </button>
    </section>
  );
}
