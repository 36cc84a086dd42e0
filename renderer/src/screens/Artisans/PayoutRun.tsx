import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import type { PayoutSlipData, UnpaidEntry } from '../../../../src/shared/api/payouts';
import { isBusinessDate } from '../../../../src/shared/dates';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { namePair } from './format';
import { PaidBanner } from './PaidBanner';
import { PayMethodFields, type PayMethod } from './PayMethodFields';
import { PayoutSlipPanel } from './PayoutSlipPanel';
import { today } from './payoutDates';
import { UnpaidTable } from './UnpaidTable';
import { useRequestId } from './useRequestId';

interface Unpaid {
  entries: UnpaidEntry[];
  balancePaise: number;
}

/** Pay her: entries up to a date, all ticked, a live total, how she is paid, then her slip. */
export function PayoutRun(props: { artisan: Artisan; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const a = props.artisan;
  const name = namePair(i18n.language === 'hi', a).main;
  const [periodEnd, setPeriodEnd] = useState(today);
  const [unpaid, setUnpaid] = useState<Unpaid | null>(null);
  const [ticked, setTicked] = useState<Set<number>>(new Set());
  const [method, setMethod] = useState<PayMethod>(a.upiId ? 'upi' : 'cash');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [done, setDone] = useState<PayoutSlipData | null>(null);
  const [requestId, renewRequestId] = useRequestId();
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const load = useCallback(async (end: string) => {
    if (!isBusinessDate(end)) return;
    const r = await call('payouts.listUnpaid', { artisanId: a.id, periodEnd: end });
    if (!r.ok) return setFailure(r.error);
    setUnpaid({ entries: r.value.entries, balancePaise: r.value.balancePaise });
    setTicked(new Set(r.value.entries.map((e) => e.ledgerId))); // all ticked by default
  }, [a.id]);

  useEffect(() => {
    void load(periodEnd);
  }, [load, periodEnd]);

  const chosen = (unpaid?.entries ?? []).filter((e) => ticked.has(e.ledgerId));
  const totalPaise = chosen.reduce((s, e) => s + e.amountPaise, 0);
  const overBalance = unpaid !== null && totalPaise > unpaid.balancePaise;

  const toggle = (id: number) => {
    setConfirming(false);
    setTicked((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };

  function ask(e: FormEvent) {
    e.preventDefault();
    setFailure(null);
    if (chosen.length === 0 || totalPaise <= 0) {
      return setFailure({ code: 'INVALID_INPUT', details: { issues: [{ path: ['ledgerIds'], code: 'custom', message: 'nothing_to_pay' }] } });
    }
    setConfirming(true);
  }

  async function pay() {
    if (busyRef.current) return; // a double click sends one request
    busyRef.current = true;
    setBusy(true);
    const r = await call('payouts.pay', { requestId, artisanId: a.id, periodEnd, ledgerIds: chosen.map((e) => e.ledgerId), method, ref: reference, note });
    busyRef.current = false;
    setBusy(false);
    setConfirming(false);
    if (r.ok) {
      renewRequestId();
      setDone(r.value);
      return;
    }
    setFailure(r.error);
    if (r.error.code === 'ALREADY_PAID') {
      // Paid meanwhile (another window): show what is still unpaid; nothing was paid twice.
      renewRequestId();
      await load(periodEnd);
    }
  }

  const shown = failure ? showError(failure) : null;
  const fieldText = shown ? Object.values(shown.fields)[0] : undefined;
  const banner = !failure
    ? null
    : failure.code === 'ALREADY_PAID'
      ? t('payout.alreadyPaid')
      : failure.code === 'INVALID_INPUT' && fieldText
        ? fieldText
        : shown!.message;

  if (done) {
    return (
      <section className="screen po-screen" data-testid="payout-done">
        <div className="screen-head">
          <h2>{t('payout.slipTitle', { name })}</h2>
        </div>
        <PaidBanner slip={done} name={name} />
        <PayoutSlipPanel payoutId={done.id} title={t('payout.previewTitle', { no: done.payoutNo })} />
        <div className="row art-actions">
          <button type="button" className="primary big po-done-btn" onClick={props.onBack} data-testid="payout-finish">
            {t('payout.done')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="screen po-screen" data-testid="payout-run">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="payout-back">
          ← {t('artisan.backToHer', { name })}
        </button>
        <h2>{t('payout.runTitle', { name })}</h2>
      </div>
      <form className="po-form" onSubmit={ask} noValidate>
        <div className="card po-top">
          <Field id="po-period-end" label={t('payout.periodEnd')} hint={t('payout.periodEndHint')} error={shown?.fields.periodEnd}>
            <input id="po-period-end" type="date" value={periodEnd} onChange={(e) => { setConfirming(false); setFailure(null); setPeriodEnd(e.target.value); }} data-testid="po-period-end" />
          </Field>
          <div className="po-figure">
            <small className="muted">{t('payout.balance')}</small>
            {unpaid ? <Money paise={unpaid.balancePaise} className="po-big" /> : <span className="muted">…</span>}
          </div>
          <div className="po-figure po-figure-main" data-testid="po-total">
            <small className="muted">{t('payout.tickedTotal', { count: chosen.length })}</small>
            <Money paise={totalPaise} className="po-big po-total" />
          </div>
        </div>
        {banner ? (
          <div className="banner banner-error" role="alert" data-testid="po-error">
            <p className="po-p">{banner}</p>
            {failure?.code === 'PAYOUT_OVER_BALANCE' ? <p className="po-p po-why">{t('payout.overBalanceWhy')}</p> : null}
          </div>
        ) : null}
        {unpaid === null && !failure ? <p className="muted">{t('common.loading')}</p> : null}
        {unpaid && unpaid.entries.length === 0 ? (
          <p className="card muted po-nothing" data-testid="po-nothing">{t('payout.nothingUnpaid')}</p>
        ) : null}
        {unpaid && unpaid.entries.length > 0 ? (
          <>
            <p className="hint po-p">{t('payout.tickHint')}</p>
            <UnpaidTable entries={unpaid.entries} ticked={ticked} onToggle={toggle} onAll={(on) => { setConfirming(false); setTicked(on ? new Set(unpaid.entries.map((e) => e.ledgerId)) : new Set()); }} />
            {overBalance ? <p className="banner banner-info" data-testid="po-over">{t('payout.overBalanceWarn')} <Money paise={unpaid.balancePaise} /></p> : null}
            <div className="card">
              <PayMethodFields artisan={a} method={method} onMethod={(m) => { setConfirming(false); setMethod(m); }} reference={reference} onReference={setReference} note={note} onNote={setNote} errors={shown?.fields ?? {}} />
              {confirming ? (
                <div className="po-confirm" role="alertdialog" aria-labelledby="po-confirm-text" data-testid="po-confirm">
                  <p id="po-confirm-text" className="po-confirm-text">
                    {t('payout.confirm', { name, method: t(`payout.methods.${method}`) })} <Money paise={totalPaise} />
                  </p>
                  <div className="row art-actions">
                    <button type="button" onClick={() => setConfirming(false)} disabled={busy}>{t('common.cancel')}</button>
                    <button type="button" className="primary big po-yes" onClick={() => void pay()} disabled={busy} data-testid="po-yes">
                      {busy ? t('payout.paying') : t('payout.yesPay')}
                    </button>
                  </div>
                </div>
              ) : (
                <button type="submit" className="primary big" disabled={chosen.length === 0} data-testid="po-submit">
                  {t('payout.payAmount')} <Money paise={totalPaise} />
                </button>
              )}
            </div>
          </>
        ) : null}
      </form>
    </section>
  );
}
