import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/shared/api';
import type { LanHost } from '../../../../src/shared/api/lan';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import { formatWhen } from '../../shopZone';
import { formatQty } from '../Stock/qty';

/** Settings → Counters: this computer as the shop's main counter, its pairing code and its paired counters. */
export function CountersTab({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [host, setHost] = useState<LanHost | null>(null);
  const [port, setPort] = useState('4443');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const owner = role === 'owner';

  async function load() {
    const r = await call('lan.getHost', {});
    if (!r.ok) return setError(showError(r.error).message);
    setHost(r.value);
    setPort(String(r.value.port));
  }
  // Asked again every few seconds: a counter pairing or calling shows up without a click.
  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void refreshDevices(), 5000);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function refreshDevices() {
    const r = await call('lan.getHost', {});
    if (r.ok) setHost((h) => (h ? { ...h, devices: r.value.devices, stockWarnings: r.value.stockWarnings } : r.value));
  }

  async function toggle(enabled: boolean) {
    setBusy(true);
    setError('');
    const r = await call('lan.setHost', { enabled, port: Number(port) });
    setBusy(false);
    if (!r.ok) return setError(showError(r.error).fields.port ?? showError(r.error).message);
    setHost(r.value);
  }

  async function revoke(id: number, name: string) {
    if (!window.confirm(t('lan.revokeConfirm', { name }))) return;
    const r = await call('lan.revokeDevice', { deviceId: id });
    if (!r.ok) return setError(showError(r.error).message);
    setHost(r.value);
  }

  if (!host) return <p className="muted">{error || t('common.loading')}</p>;
  return (
    <div className="counters" data-testid="counters-tab">
      <section className="card">
        <h3>{t('lan.hostTitle')}</h3>
        <p className="hint">{t('lan.hostIntro')}</p>
        <p className={host.enabled ? 'banner banner-ok' : 'muted'} role="status" data-testid="host-state">{host.enabled ? t('lan.hostOn') : t('lan.hostOff')}</p>
        <div className="row">
          <Field id="lan-port" label={t('lan.port')}>
            <input id="lan-port" inputMode="numeric" value={port} onChange={(e) => setPort(e.target.value)} disabled={!owner || host.enabled} maxLength={5} />
          </Field>
          <div className="actions">
            <button type="button" className={host.enabled ? '' : 'primary'} disabled={!owner || busy} onClick={() => void toggle(!host.enabled)} data-testid="host-toggle">
              {host.enabled ? t('lan.turnOff') : t('lan.turnOn')}
            </button>
          </div>
        </div>
        {!owner ? <p className="hint">{t('lan.ownerOnly')}</p> : null}
        {host.enabled && host.pairingCode ? (
          <div className="pairing">
            <span className="label">{t('lan.code')}</span>
            <strong className="pairing-code" data-testid="pairing-code" lang="en">{host.pairingCode}</strong>
            <p className="hint">{t('lan.codeHint')}</p>
          </div>
        ) : null}
        {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      </section>
      <section className="card">
        <h3>{t('lan.devices')}</h3>
        {host.devices.length === 0 ? <p className="muted">{t('lan.noDevices')}</p> : (
          <table className="grid" data-testid="devices">
            <thead>
              <tr><th>{t('lan.device')}</th><th>{t('lan.counterCode')}</th><th>{t('lan.lastSeen')}</th><th className="num">{t('lan.waiting')}</th><th /></tr>
            </thead>
            <tbody>
              {host.devices.map((d) => (
                <tr key={d.id} data-testid="device-row" className={d.revoked ? 'muted' : ''}>
                  <td>{d.name}</td>
                  <td lang="en">{d.counterCode}</td>
                  <td>{d.lastSeenAt ? formatWhen(d.lastSeenAt, i18n.language) : t('lan.never')}</td>
                  <td className="num">{d.pendingBills}</td>
                  <td>{d.revoked ? t('lan.revoked') : owner ? <button type="button" className="danger" onClick={() => void revoke(d.id, d.name)}>{t('lan.revoke')}</button> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <StockWarnings host={host} />
    </div>
  );
}

/** Offline bills that took stock below zero: the manager counts and corrects them. */
function StockWarnings({ host }: { host: LanHost }) {
  const { t, i18n } = useTranslation();
  const hi = i18n.language === 'hi';
  return (
    <section className="card" data-testid="stock-warnings">
      <h3>{t('lan.warningsTitle')}</h3>
      {host.stockWarnings.length === 0 ? <p className="muted">{t('lan.noWarnings')}</p> : (
        <>
          <p className="hint">{t('lan.warningsIntro')}</p>
          <table className="grid">
            <thead>
              <tr><th>{t('lan.bill')}</th><th>{t('lan.product')}</th><th className="num">{t('lan.leftAfter')}</th><th>{t('lan.when')}</th></tr>
            </thead>
            <tbody>
              {host.stockWarnings.map((w) => (
                <tr key={`${w.billNo}-${w.sku}`} data-testid="stock-warning">
                  <td lang="en">{w.billNo}</td>
                  <td>{hi ? w.nameHi : w.nameEn || w.nameHi} <span className="muted" lang="en">{w.sku}</span></td>
                  <td className="num">{formatQty(w.onHandAfterMilli)} {t(`product.units.${w.unit}`)}</td>
                  <td>{formatWhen(w.at, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
