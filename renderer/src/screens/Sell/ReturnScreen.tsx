import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import type { PaymentMethod, Sale, SaleReturn } from '../../../../src/shared/api/sales';
import type { ApiError } from '../../../../src/shared/errors';
import { mulDivRound } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { otherLang, twoNames } from '../Stock/names';
import { formatQty, parseQty } from '../Stock/qty';
import { SearchBox } from '../Stock/SearchBox';
import { ExchangePanel } from './ExchangePanel';
import { formatWhen } from './format';
import { ManagerApproval, type Approval } from './ManagerApproval';
import { PrintReturnReceiptButton } from './PrintReturnReceiptButton';
import { useRequestId } from './requestId';
import { useSaleError } from './useSaleError';

interface LineDraft {
  qtyText: string;
  restock: boolean;
}

/** Items back against a bill: find the bill, pick lines and quantities, refund, and the return's number. */
export function ReturnScreen(props: { billNo: string; onDone: () => void; billing?: BillingSettings | null }) {
  const { t, i18n } = useTranslation();
  const saleError = useSaleError();
  const rid = useRequestId();
  const [sale, setSale] = useState<Sale | null>(null);
  const [drafts, setDrafts] = useState<Record<number, LineDraft>>({});
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ e: ApiError; sent: number[] } | null>(null);
  const [approval, setApproval] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SaleReturn | null>(null);
  const [exchanging, setExchanging] = useState(false);

  async function open(billNo: string): Promise<boolean> {
    const r = await call('sales.get', { billNo: billNo.trim() });
    setResult(null);
    setExchanging(false);
    if (!r.ok) {
      setSale(null);
      setError({ e: r.error, sent: [] });
      return false;
    }
    setSale(r.value);
    setDrafts(Object.fromEntries(r.value.lines.map((l) => [l.lineNo, { qtyText: '', restock: true }])));
    setMethod('cash');
    setReason('');
    setError(null);
    return true;
  }
  useEffect(() => {
    if (props.billNo) void open(props.billNo);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.billNo]);

  const shown = error ? saleError(error.e) : null;
  const lineError = (lineNo: number) => {
    if (!shown || !error) return undefined;
    const i = error.sent.indexOf(lineNo);
    return i >= 0 ? shown.lines[i] : undefined;
  };

  const picked = (sale?.lines ?? []).flatMap((l) => {
    const d = drafts[l.lineNo];
    const q = d && d.qtyText.trim() ? parseQty(d.qtyText) : 0;
    const left = l.qtyMilli - l.returnedMilli;
    const whole = l.unit !== 'metre';
    const ok = q !== null && q >= 0 && q <= left && (!whole || q % 1000 === 0);
    const refund = ok && q ? mulDivRound(l.netPaise, l.returnedMilli + q, l.qtyMilli) - mulDivRound(l.netPaise, l.returnedMilli, l.qtyMilli) : 0;
    return [{ line: l, qty: q ?? 0, left, ok, refund, restock: d?.restock ?? true }];
  });
  const chosen = picked.filter((p) => p.ok && p.qty > 0);
  const refundPaise = chosen.reduce((s, p) => s + p.refund, 0);
  const ready = sale !== null && chosen.length > 0 && picked.every((p) => p.ok) && reason.trim() !== '';
  const methods: PaymentMethod[] = sale ? ['cash', ...(['upi', 'card'] as const).filter((m) => sale.payments.some((p) => p.method === m))] : ['cash'];

  async function send(a?: Approval): Promise<ApiError | null> {
    if (!sale) return null;
    const r = await call('sales.return', {
      requestId: rid.get(), billNo: sale.billNo, refundMethod: method, reason: reason.trim(),
      lines: chosen.map((p) => ({ lineNo: p.line.lineNo, qtyMilli: p.qty, restock: p.restock })), ...(a ? { approval: a } : {}),
    });
    if (r.ok) {
      rid.done();
      setResult(r.value);
      setApproval(false);
      setError(null);
      return null;
    }
    if (a && ['WRONG_PIN', 'LOCKED_OUT', 'FORBIDDEN'].includes(r.error.code)) return r.error;
    if (r.error.code === 'APPROVAL_REQUIRED') {
      setApproval(true);
      return null;
    }
    setApproval(false);
    setError({ e: r.error, sent: chosen.map((p) => p.line.lineNo) });
    return null;
  }

  async function submit() {
    if (!ready || busy) return;
    setBusy(true);
    try {
      await send();
    } finally {
      setBusy(false);
    }
  }

  if (exchanging && sale && ready) {
    return (
      <ExchangePanel
        sale={sale}
        billing={props.billing ?? null}
        reason={reason.trim()}
        back={chosen.map((p) => ({ lineNo: p.line.lineNo, nameHi: p.line.nameHi, nameEn: p.line.nameEn, qtyMilli: p.qty, restock: p.restock, valuePaise: p.refund }))}
        onBack={() => setExchanging(false)}
        onDone={props.onDone}
      />
    );
  }

  if (result) {
    return (
      <section className="card return-result" data-testid="return-result">
        <h3>{t('sale.returnDone')}</h3>
        <dl className="facts">
          <dt>{t('sale.returnNo')}</dt><dd data-testid="return-no">{result.returnNo}</dd>
          <dt>{t('sale.billNo')}</dt><dd>{result.billNo}</dd>
          <dt>{t('sale.date')}</dt><dd>{formatWhen(result.at, i18n.language)}</dd>
          <dt>{t('sale.refundBy')}</dt><dd>{t(`sale.method.${result.refundMethod}`)}</dd>
          {result.approvedBy ? (<><dt>{t('sale.approvedByLabel')}</dt><dd>{result.approvedBy}</dd></>) : null}
        </dl>
        <ul className="return-result-lines">
          {result.lines.map((l) => (
            <li key={l.lineNo}>
              {twoNames(l, i18n.language)[0]} × {formatQty(l.qtyMilli)} — <Money paise={l.refundPaise} /> · {l.restocked ? t('sale.restock') : t('sale.damaged')}
            </li>
          ))}
        </ul>
        <div className="card total-card pay-change">
          <span className="total-label">{t('sale.refundGive')}</span>
          <Money paise={result.refundPaise} className="total-amount" />
        </div>
        <PrintReturnReceiptButton returnId={result.id} returnNo={result.returnNo} />
        <div className="row">
          <button type="button" className="big" onClick={() => void open(result.billNo)}>{t('sale.returnMore')}</button>
          <button type="button" className="primary big" onClick={props.onDone} data-testid="return-back">{t('sale.backToCounter')}</button>
        </div>
      </section>
    );
  }

  return (
    <section className="return-screen" data-testid="return-screen">
      <div className="return-find">
        <SearchBox label={t('sale.billNoScan')} onEnter={open} testId="return-bill" autoFocus={!props.billNo} />
      </div>
      {shown ? <p className="banner banner-error" role="alert" data-testid="return-error">{shown.message}</p> : null}
      {sale ? (
        <>
          <p className="return-bill-head">
            <strong data-testid="return-billno">{sale.billNo}</strong> · {formatWhen(sale.at, i18n.language)} · <Money paise={sale.totalPaise} />
            {sale.customerName ? ` · ${sale.customerName}` : ''}
          </p>
          <table className="grid return-table" data-testid="return-lines">
            <thead>
              <tr>
                <th>{t('sale.item')}</th><th className="num">{t('sale.sold')}</th><th className="num">{t('sale.canReturn')}</th>
                <th className="num">{t('sale.returnQty')}</th><th>{t('sale.condition')}</th><th className="num">{t('sale.refund')}</th>
              </tr>
            </thead>
            <tbody>
              {picked.map((p) => {
                const [main, sub] = twoNames(p.line, i18n.language);
                const d = drafts[p.line.lineNo] ?? { qtyText: '', restock: true };
                const set = (patch: Partial<LineDraft>) => setDrafts((all) => ({ ...all, [p.line.lineNo]: { ...d, ...patch } }));
                const err = lineError(p.line.lineNo) ?? (p.ok ? undefined : t('sale.leftToReturn', { qty: formatQty(p.left) }));
                return (
                  <tr key={p.line.lineNo} className={err ? 'line-error' : p.qty > 0 ? 'line-focus' : undefined}>
                    <td><span className="name-main">{main}</span><span className="name-sub" lang={otherLang(i18n.language)}>{sub}</span>{err ? <small className="error-text" role="alert">{err}</small> : null}</td>
                    <td className="num">{formatQty(p.line.qtyMilli)}</td>
                    <td className="num">{formatQty(p.left)}</td>
                    <td className="num">
                      <div className="qty-stepper">
                        <input className="qty-input" inputMode="decimal" value={d.qtyText} placeholder="0" disabled={p.left <= 0}
                          aria-label={t('sale.returnQtyOf', { n: p.line.lineNo })} onChange={(e) => set({ qtyText: e.target.value })} />
                        <button type="button" disabled={p.left <= 0} onClick={() => set({ qtyText: formatQty(p.left) })}>{t('sale.allLeft')}</button>
                      </div>
                    </td>
                    <td>
                      <select value={d.restock ? 'restock' : 'damaged'} aria-label={t('sale.conditionOf', { n: p.line.lineNo })} onChange={(e) => set({ restock: e.target.value === 'restock' })}>
                        <option value="restock">{t('sale.restock')}</option>
                        <option value="damaged">{t('sale.damaged')}</option>
                      </select>
                    </td>
                    <td className="num">{p.refund ? <Money paise={p.refund} /> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="return-bottom">
            <div className="card return-form">
              <fieldset className="field plain">
                <legend>{t('sale.refundBy')}</legend>
                <div className="choice">
                  {methods.map((m) => (
                    <label key={m} className={method === m ? 'chip chip-on' : 'chip'}>
                      <input type="radio" name="refund-method" checked={method === m} onChange={() => setMethod(m)} data-testid={`refund-${m}`} />
                      {t(`sale.method.${m}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <Field id="return-reason" label={t('sale.returnReason')} error={shown?.fields.reason}>
                <input id="return-reason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="return-reason" />
              </Field>
            </div>
            <div className="return-side">
              <div className="card total-card">
                <span className="total-label">{t('sale.refund')}</span>
                <Money paise={refundPaise} className="total-amount" />
              </div>
              <button type="button" className="primary big" disabled={!ready || busy} onClick={() => void submit()} data-testid="return-submit">{t('sale.returnSubmit')}</button>
              <button type="button" className="big" disabled={!ready || busy} onClick={() => { setError(null); setExchanging(true); }} data-testid="exchange-start">{t('exchange.start')}</button>
            </div>
          </div>
        </>
      ) : !shown ? <p className="card muted">{t('sale.returnHelp')}</p> : null}
      {approval ? (
        <ManagerApproval reason="refund" onCancel={() => setApproval(false)} onApprove={async (a) => {
          const e = await send(a);
          return e ? saleError(e).message : null;
        }} />
      ) : null}
    </section>
  );
}
