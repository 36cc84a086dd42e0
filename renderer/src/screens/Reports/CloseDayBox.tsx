import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayCloseReport } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { formatINR, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { printA4 } from '../../components/printA4';
import { useApiError } from '../../components/useApiError';
import { formatWhen } from '../../shopZone';
import { APPROVER_ERRORS, ManagerApproval, type Approval } from '../Sell/ManagerApproval';
import { DayCloseSlip } from './DayCloseSlip';
import { countsOf, DenominationGrid, typedTotal, type CountText } from './DenominationGrid';

/** The Z report of a close on A4, printed (or saved as PDF) by Chromium from the core's HTML. */
async function zReport(id: number, lang: Lang) {
  const r = await call('reports.getZReport', { id, lang });
  if (r.ok) printA4(r.value.html, r.value.fileName);
}

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
export function CloseDayBox(props: { report: DayCloseReport; today: string; limitPaise: number | null; onClosed: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const lang = i18n.language as Lang;
  const [counts, setCounts] = useState<CountText>({});
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<ApiError | null>(null);
  const [justClosed, setJustClosed] = useState(false);
  const requestId = useRef(crypto.randomUUID());
  const r = props.report;
  const expected = r.cash.expectedPaise;
  const countedPaise = Object.values(counts).some((v) => v?.trim()) ? typedTotal(counts) : null;
  const typed = Object.values(counts).some((v) => v?.trim());
  const overLimit = countedPaise !== null && props.limitPaise !== null && Math.abs(countedPaise - expected) > props.limitPaise;

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
        {c.approvedBy ? <p className="muted" data-testid="rep-closed-approved">{t('till.approvedBy', { name: c.approvedBy })}</p> : null}
        <button type="button" onClick={() => void zReport(c.id, lang)} data-testid="rep-zreport">{t('till.zReport')}</button>
        <DayCloseSlip closeId={c.id} date={c.date} />
      </section>
    );
  }

  // A day still to come cannot be closed (the core refuses it too).
  if (props.today && r.date > props.today) return null;


  /** Close with what was counted; over the owner's limit the manager's PIN pad opens and the close is sent again with it. */
  async function close(approval?: Approval): Promise<string | null> {
    if (!typed || busy) return null;
    setBusy(true);
    setErr(null);
    const res = await call('reports.closeDay', { requestId: requestId.current, date: r.date, counts: countsOf(counts), note, ...(approval ? { approval } : {}) });
    setBusy(false);
    if (!res.ok) {
      if (approval && APPROVER_ERRORS.has(res.error.code)) return showError(res.error).message; // shown at the PIN pad
      setAsking(false);
      if (res.error.code === 'APPROVAL_REQUIRED') {
        setAsking(true);
        return null;
      }
      setErr(res.error);
      if (res.error.code === 'CONFLICT' && res.error.details?.reason === 'dayClosed') props.onClosed(); // show the close on file
      return null;
    }
    setAsking(false);
    requestId.current = crypto.randomUUID();
    setJustClosed(true);
    props.onClosed();
    return null;
  }

  return (
    <section className="card rep-close" data-testid="rep-close">
      <h3>{t('report.day.close')}</h3>
      <div className="rep-close-grid">
        <div className="rep-close-figures">
          <p>
            {t('report.day.expected')}: <Money paise={expected} className="rep-big" />
          </p>
          <h4>{t('till.byCount')}</h4>
          <DenominationGrid value={counts} onChange={setCounts} testId="rep-count" error={shown?.fields.counts ?? shown?.fields.countedPaise} />
          <p className="rep-diff-line" aria-live="polite">
            {t('report.day.difference')}:{' '}
            {countedPaise !== null ? <Difference paise={countedPaise - expected} testId="rep-diff" /> : <span className="muted">—</span>}
          </p>
          <p className="muted" data-testid="rep-limit">
            {props.limitPaise === null ? t('till.limitNone') : t('till.limitIs', { amount: formatINR(props.limitPaise, lang) })}
          </p>
          {overLimit ? <p className="banner banner-info" role="status" data-testid="rep-over-limit">{t('till.overLimit', { amount: formatINR(props.limitPaise ?? 0, lang) })}</p> : null}
          <Field id="rep-note" label={overLimit ? t('report.day.note') : `${t('report.day.note')} (${t('common.optional')})`} error={err?.code === 'CLOSE_NOTE_REQUIRED' ? message : shown?.fields.note}>
            <input id="rep-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} data-testid="rep-note" />
          </Field>
        </div>
      </div>
      {message && err?.code !== 'CLOSE_NOTE_REQUIRED' ? <p className="banner banner-error" role="alert" data-testid="rep-close-error">{message}</p> : null}
      <button type="button" className="primary big" onClick={() => void close()} disabled={busy || countedPaise === null} data-testid="rep-close-day">
        {busy ? t('report.day.closing') : t('report.day.closeButton')}
      </button>
      {asking && countedPaise !== null ? (
        <ManagerApproval reason="refund" why={t('till.approvalWhy', { amount: formatINR(Math.abs(countedPaise - expected), lang), limit: formatINR(props.limitPaise ?? 0, lang) })}
          onApprove={(a) => close(a)} onCancel={() => setAsking(false)} />
      ) : null}
    </section>
  );
}
