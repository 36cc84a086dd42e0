import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountLine, CountSheet } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { CountLinesTable } from './CountLinesTable';
import { CountPostPanel } from './CountPostPanel';
import { pickName } from './names';
import { formatQty, parseQty } from './qty';
import { SearchBox } from './SearchBox';
import { useScopeName } from './useScopeName';
import { useStockError, useWords, type Words, type Wording } from './useStockError';
import { downloadText } from '../../components/download';

/** One count: scan or type what is on the shelf, see the differences, then post or cancel. */
export function CountSheetView(props: { id: number; canEdit: boolean; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useStockError();
  const scopeName = useScopeName();
  const words = useWords();
  const [sheet, setSheet] = useState<CountSheet | null>(null);
  // Messages are kept as functions that word them when drawn, so they follow a language switch.
  const [banner, setBanner] = useState<{ ok: boolean; text: Wording } | null>(null);
  const [lineErrors, setLineErrors] = useState<Record<number, Wording>>({});
  const [reasonError, setReasonError] = useState<Wording>();
  const [focusId, setFocusId] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const pending = useRef(new Set<Promise<unknown>>());

  useEffect(() => {
    void call('counts.get', { id: props.id }).then((r) => (r.ok ? setSheet(r.value) : setBanner({ ok: false, text: (w) => w.err(r.error).message })));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.id]);

  // Put a line the core returned into the sheet (a scanned product new to the count goes on top).
  function merge(line: CountLine) {
    setSheet((s) => {
      if (!s) return s;
      const has = s.lines.some((l) => l.productId === line.productId);
      const lines = has ? s.lines.map((l) => (l.productId === line.productId ? line : l)) : [line, ...s.lines];
      return { ...s, lines, countedLines: lines.filter((l) => l.countedMilli !== null).length, varianceValuePaise: lines.reduce((n, l) => n + (l.varianceValuePaise ?? 0), 0) };
    });
    setLineErrors(({ [line.productId]: _, ...rest }) => rest);
  }

  // Remember each write so posting waits for a quantity still on its way.
  function track<T>(p: Promise<T>): Promise<T> {
    pending.current.add(p);
    void p.finally(() => pending.current.delete(p));
    return p;
  }

  async function scan(code: string): Promise<boolean> {
    const r = await track(call('counts.scan', { id: props.id, code }));
    if (!r.ok) {
      const e = r.error;
      setBanner({ ok: false, text: (w) => (e.code === 'NOT_FOUND' ? w.t('count.unknownCode', { code }) : w.err(e).message) });
      return true; // clear the box for the next scan either way
    }
    merge(r.value);
    setFocusId(r.value.productId);
    const line = r.value;
    setBanner({ ok: true, text: (w) => w.t('count.scanned', { name: pickName(line, w.lang), qty: formatQty(line.countedMilli ?? 0) }) });
    return true;
  }

  async function setCounted(productId: number, text: string) {
    const countedMilli = parseQty(text);
    if (countedMilli === null || countedMilli < 0) return setLineErrors((e) => ({ ...e, [productId]: (w) => w.t('issues.quantity') }));
    const r = await track(call('counts.set', { id: props.id, productId, countedMilli }));
    if (r.ok) return merge(r.value);
    const err = r.error;
    setLineErrors((e) => ({ ...e, [productId]: (w) => w.err(err).fields.countedMilli ?? w.err(err).message }));
  }

  function refused(e: ApiError) {
    if (e.code === 'INSUFFICIENT_STOCK' && sheet) {
      // details name the line (['lines', i, 'countedMilli']) and the product: show it and say why.
      const line = sheet.lines.find((l) => l.productId === e.details?.productId);
      const onHand = typeof e.details?.onHandMilli === 'number' ? formatQty(e.details.onHandMilli) : '?';
      const msg: Wording = (w) => w.t('count.postRefused', { name: line ? pickName(line, w.lang) : String(e.details?.sku ?? ''), sku: String(e.details?.sku ?? ''), onHand });
      if (line) {
        setLineErrors((x) => ({ ...x, [line.productId]: msg }));
        setFocusId(line.productId);
      }
      return setBanner({ ok: false, text: msg });
    }
    setReasonError(showError(e).fields.reason ? () => (w: Words) => w.err(e).fields.reason ?? '' : undefined);
    setBanner({ ok: false, text: (w) => w.err(e).message });
  }

  async function post(reason: string, uncounted: 'skip' | 'zero') {
    setReasonError(undefined);
    if (!reason.trim()) return setReasonError(() => (w: Words) => w.t('issues.required'));
    setBusy(true);
    await Promise.allSettled([...pending.current]);
    const r = await call('counts.post', { id: props.id, reason, uncounted });
    setBusy(false);
    if (!r.ok) return refused(r.error);
    setSheet(r.value);
    setBanner({ ok: true, text: (w) => w.t('count.postedNow') });
  }

  async function cancel(reason: string) {
    setBusy(true);
    const r = await call('counts.cancel', { id: props.id, reason });
    setBusy(false);
    if (!r.ok) return setBanner({ ok: false, text: (w) => w.err(r.error).message });
    setSheet(r.value);
    setBanner({ ok: true, text: (w) => w.t('count.cancelledNow') });
  }

  const open = sheet?.status === 'open';
  const editable = open && props.canEdit;
  const short = sheet?.lines.reduce((n, l) => n + Math.min(0, l.varianceValuePaise ?? 0), 0) ?? 0;
  const extra = sheet?.lines.reduce((n, l) => n + Math.max(0, l.varianceValuePaise ?? 0), 0) ?? 0;
  return (
    <section className="screen stock-screen" data-testid="count-sheet">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="count-back">← {t('common.back')}</button>
        <h2>{t('count.sheetTitle', { id: props.id })}</h2>
        {sheet ? <span className="muted">{scopeName(sheet)}</span> : null}
        {sheet ? <span className={`chip status-${sheet.status}`} data-testid="count-status">{t(`count.statuses.${sheet.status}`)}</span> : null}
        {sheet ? (
          <button type="button" onClick={() => void call('csv.exportCount', { id: props.id }).then((r) => r.ok && downloadText(r.value.fileName, r.value.csv))} data-testid="count-export">
            {t(open ? 'count.exportSheet' : 'count.exportVariance')}
          </button>
        ) : null}
      </div>
      {sheet && !open ? <p className="banner banner-info">{t('count.readOnly', { reason: sheet.reason || '—' })}</p> : null}
      {editable ? <SearchBox label={t('count.scanHere')} onEnter={scan} testId="count-scan" autoFocus /> : null}
      {banner ? <p className={banner.ok ? 'banner banner-ok' : 'banner banner-error'} role={banner.ok ? 'status' : 'alert'} data-testid="count-banner">{banner.text(words)}</p> : null}
      {sheet ? (
        <>
          <div className="totals" data-testid="count-totals">
            <div className="card stat"><span>{t('count.countedOf', { counted: sheet.countedLines, total: sheet.lines.length })}</span></div>
            <div className="card stat"><span>{t('count.short')}</span><Money paise={short} className="stat-amount diff-short" /></div>
            <div className="card stat"><span>{t('count.extra')}</span><Money paise={extra} className="stat-amount diff-extra" /></div>
            <div className="card stat"><span>{t('count.net')}</span><span data-testid="count-net"><Money paise={sheet.varianceValuePaise} className="stat-amount" /></span></div>
          </div>
          <CountLinesTable lines={sheet.lines} readOnly={!editable} errors={Object.fromEntries(Object.entries(lineErrors).map(([k, f]) => [k, f(words)]))} onSet={(id, text) => void setCounted(id, text)} focusId={focusId} />
          {editable ? <CountPostPanel uncountedLines={sheet.lines.length - sheet.countedLines} busy={busy} reasonError={reasonError?.(words)} onPost={(r, u) => void post(r, u)} onCancel={(r) => void cancel(r)} /> : null}
        </>
      ) : null}
    </section>
  );
}
