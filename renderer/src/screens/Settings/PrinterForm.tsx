import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterSettings, PrinterSettingsInput } from '../../../../src/shared/api';
import { CODE_PAGES, PRINTER_TYPES } from '../../../../src/shared/api/print';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import type { ShownError } from '../../components/useApiError';
import { usePrinterError } from './usePrinterError';

/** The form's state: timeouts are typed in seconds, the core keeps milliseconds. */
type Form = Omit<PrinterSettings, 'updatedAt' | 'connectTimeoutMs' | 'idleTimeoutMs' | 'totalTimeoutMs'> & { connectS: string; idleS: string; totalS: string };

const toForm = ({ updatedAt: _u, connectTimeoutMs, idleTimeoutMs, totalTimeoutMs, ...rest }: PrinterSettings): Form => ({
  ...rest, connectS: String(connectTimeoutMs / 1000), idleS: String(idleTimeoutMs / 1000), totalS: String(totalTimeoutMs / 1000),
});
const ms = (s: string) => Math.round(Number(s.replace(',', '.')) * 1000);
const toInput = ({ connectS, idleS, totalS, ...rest }: Form): PrinterSettingsInput => ({
  ...rest, connectTimeoutMs: ms(connectS), idleTimeoutMs: ms(idleS), totalTimeoutMs: ms(totalS),
});

/** Printer settings: a manager saves them (the core refuses a cashier), per-field errors in words. */
export function PrinterForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const showError = usePrinterError();
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void call('print.getSettings', {}).then((r) => (r.ok ? setForm(toForm(r.value)) : setError(showError(r.error))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!form) return <p className="card">{error?.message ?? t('common.loading')}</p>;
  const change = (patch: Partial<Form>) => {
    setSaved(false);
    setForm({ ...form, ...patch });
  };
  const text = (k: 'interface' | 'connectS' | 'idleS' | 'totalS') => (e: { target: { value: string } }) => change({ [k]: e.target.value });
  const err = (k: string) => error?.fields[k];

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!form) return;
    const r = await call('print.updateSettings', toInput(form));
    if (r.ok) {
      setForm(toForm(r.value));
      setError(null);
      setSaved(true);
      onSaved();
    } else setError(showError(r.error));
  }

  return (
    <form className="card printer-form" onSubmit={save} noValidate data-testid="printer-form">
      <h3>{t('print.title')}</h3>
      <div className="field">
        <label className="chip">
          <input type="checkbox" id="p-enabled" checked={form.enabled} onChange={(e) => change({ enabled: e.target.checked })} />
          {t('print.enabled')}
        </label>
        <small className="hint">{t('print.enabledHint')}</small>
      </div>
      <Field id="p-interface" label={t('print.interface')} error={err('interface')} hint={t('print.interfaceHint')}>
        <input id="p-interface" value={form.interface} onChange={text('interface')} placeholder="tcp://192.168.1.50:9100" spellCheck={false} autoCapitalize="off" />
      </Field>
      <div className="row">
        <Field id="p-type" label={t('print.type')} error={err('type')} hint={t('print.typeHint')}>
          <select id="p-type" value={form.type} onChange={(e) => change({ type: e.target.value as Form['type'] })}>
            {/* The command sets' own (Latin) names, as printed on the printer and in its manual. */}
            {PRINTER_TYPES.map((p) => <option key={p} value={p} lang="en">{p}</option>)}
          </select>
        </Field>
        <Field id="p-paper" label={t('print.paper')} error={err('paper')}>
          <select id="p-paper" value={form.paper} onChange={(e) => change({ paper: e.target.value as Form['paper'] })}>
            <option value="58mm">{t('print.paper58')}</option>
            <option value="80mm">{t('print.paper80')}</option>
          </select>
        </Field>
      </div>
      <div className="row">
        <Field id="p-copies" label={t('print.copies')} error={err('copies')}>
          <select id="p-copies" value={form.copies} onChange={(e) => change({ copies: Number(e.target.value) })}>
            {[1, 2, 3].map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </Field>
        <Field id="p-codePage" label={t('print.codePage')} error={err('codePage')} hint={t('print.codePageHint')}>
          <select id="p-codePage" value={form.codePage} onChange={(e) => change({ codePage: e.target.value as Form['codePage'] })}>
            {CODE_PAGES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </Field>
      </div>
      <div className="choice printer-switches">
        <label className="chip">
          <input type="checkbox" id="p-cut" checked={form.cut} onChange={(e) => change({ cut: e.target.checked })} />
          {t('print.cut')}
        </label>
        <label className="chip">
          <input type="checkbox" id="p-cashDrawer" checked={form.cashDrawer} onChange={(e) => change({ cashDrawer: e.target.checked })} />
          {t('print.cashDrawer')}
        </label>
      </div>
      <fieldset className="plain">
        <legend>{t('print.timeouts')}</legend>
        <div className="row">
          <Field id="p-connect" label={t('print.connectTimeout')} error={err('connectTimeoutMs')}>
            <input id="p-connect" value={form.connectS} onChange={text('connectS')} inputMode="decimal" />
          </Field>
          <Field id="p-idle" label={t('print.idleTimeout')} error={err('idleTimeoutMs')}>
            <input id="p-idle" value={form.idleS} onChange={text('idleS')} inputMode="decimal" />
          </Field>
          <Field id="p-total" label={t('print.totalTimeout')} error={err('totalTimeoutMs')}>
            <input id="p-total" value={form.totalS} onChange={text('totalS')} inputMode="decimal" />
          </Field>
        </div>
      </fieldset>
      {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      {saved ? <p className="banner banner-ok" role="status" data-testid="printer-saved">{t('print.saved')}</p> : null}
      <button type="submit" className="primary big" data-testid="printer-save">{t('print.save')}</button>
    </form>
  );
}
