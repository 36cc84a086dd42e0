import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api';
import { formatINR, parseRupees, parseScaled, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError, type ShownError } from '../../components/useApiError';

/** The form keeps what people type; amounts become paise and percentages basis points on save. */
interface Form { billPrefix: string; discountPercent: string; refundRupees: string; upiVpa: string; upiPayeeName: string; returnPolicy: string; upiLimitRupees: string }

const toForm = (b: BillingSettings, lang: Lang): Form => ({
  billPrefix: b.billPrefix,
  discountPercent: String(b.cashierDiscountLimitBps / 100),
  refundRupees: formatINR(b.cashierRefundLimitPaise, lang).replace(/^₹/, ''),
  upiVpa: b.upiVpa,
  upiPayeeName: b.upiPayeeName,
  returnPolicy: b.returnPolicy,
  upiLimitRupees: formatINR(b.upiLimitPaise, lang).replace(/^₹/, ''),
});

/** Bills and payments: bill number prefix, what a cashier may do alone, the shop's UPI id. */
export function BillingForm({ canEdit = true }: { canEdit?: boolean }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('billing.getSettings', {}).then((r) => (r.ok ? setForm(toForm(r.value, i18n.language as Lang)) : setError(showError(r.error))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!form) return <p>{error?.message ?? t('common.loading')}</p>;
  const set = (k: keyof Form) => (e: { target: { value: string } }) => { setSaved(false); setForm({ ...form, [k]: e.target.value }); };

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    const bps = parseScaled(form.discountPercent.replace(/%$/, ''), 2);
    const refund = parseRupees(form.refundRupees);
    const upiLimit = parseRupees(form.upiLimitRupees);
    const local: Record<string, string> = {};
    if (bps === null || bps < 0 || bps > 10_000) local.cashierDiscountLimitBps = t('issues.percent');
    if (refund === null || refund < 0) local.cashierRefundLimitPaise = t('issues.amount');
    if (upiLimit === null || upiLimit < 100) local.upiLimitPaise = t('issues.amount');
    if (Object.keys(local).length) return setError({ message: t('errors.INVALID_INPUT'), fields: local });
    const r = await call('billing.updateSettings', {
      billPrefix: form.billPrefix.toUpperCase(), cashierDiscountLimitBps: bps!, cashierRefundLimitPaise: refund!,
      upiVpa: form.upiVpa, upiPayeeName: form.upiPayeeName, returnPolicy: form.returnPolicy, upiLimitPaise: upiLimit!,
    });
    if (r.ok) {
      setError(null);
      setSaved(true);
      setForm(toForm(r.value, i18n.language as Lang));
    } else setError(showError(r.error));
  }

  const err = (k: string) => error?.fields[k];
  return (
    <form className="card settings-form" onSubmit={save} noValidate data-testid="billing-form">
      <h3>{t('billing.title')}</h3>
      {canEdit ? null : <p className="banner banner-info" data-testid="billing-readonly">{t('counter.ownerOnly')}</p>}
      <fieldset className="settings-fields" disabled={!canEdit}>
      <div className="row">
        <Field id="b-prefix" label={t('billing.billPrefix')} error={err('billPrefix')} hint={t('billing.billPrefixHint')}>
          <input id="b-prefix" value={form.billPrefix} onChange={set('billPrefix')} maxLength={10} />
        </Field>
        <Field id="b-discount" label={t('billing.discountLimit')} error={err('cashierDiscountLimitBps')}>
          <input id="b-discount" value={form.discountPercent} onChange={set('discountPercent')} inputMode="decimal" />
        </Field>
        <Field id="b-refund" label={t('billing.refundLimit')} error={err('cashierRefundLimitPaise')}>
          <input id="b-refund" value={form.refundRupees} onChange={set('refundRupees')} inputMode="decimal" />
        </Field>
      </div>
      <div className="row">
        <Field id="b-upi" label={t('billing.upiVpa')} error={err('upiVpa')} hint={t('billing.upiHint')}>
          <input id="b-upi" value={form.upiVpa} onChange={set('upiVpa')} autoCapitalize="off" />
        </Field>
        <Field id="b-payee" label={t('billing.upiPayee')} error={err('upiPayeeName')}>
          <input id="b-payee" value={form.upiPayeeName} onChange={set('upiPayeeName')} />
        </Field>
        <Field id="b-upi-limit" label={t('counter.upiLimit')} error={err('upiLimitPaise')} hint={t('counter.upiLimitHint')}>
          <input id="b-upi-limit" value={form.upiLimitRupees} onChange={set('upiLimitRupees')} inputMode="decimal" data-testid="billing-upi-limit" />
        </Field>
      </div>
      <Field id="b-policy" label={t('billing.returnPolicy')} error={err('returnPolicy')}>
        <input id="b-policy" value={form.returnPolicy} onChange={set('returnPolicy')} />
      </Field>
      </fieldset>
      {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      {saved ? <p className="banner banner-ok" role="status">{t('common.saved')}</p> : null}
      {canEdit ? <button type="submit" className="primary big" data-testid="billing-save">{t('common.save')}</button> : null}
    </form>
  );
}
