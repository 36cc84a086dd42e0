import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSettings } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError, type ShownError } from '../../components/useApiError';

/** The backup folder (a USB drive, ideally) and how many to keep; the core checks the folder can be written. */
export function BackupSettingsForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [s, setS] = useState<BackupSettings | null>(null);
  const [dir, setDir] = useState('');
  const [keep, setKeep] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  function show(v: BackupSettings) {
    setS(v);
    setDir(v.dir);
    setKeep(String(v.keep));
  }
  useEffect(() => {
    void call('backup.getSettings', {}).then((r) => (r.ok ? show(r.value) : setError(showError(r.error))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await call('backup.updateSettings', { dir: dir.trim(), keep: Number(keep) });
    setBusy(false);
    if (!r.ok) {
      setSaved(false);
      return setError(showError(r.error));
    }
    setError(null);
    setSaved(true);
    show(r.value);
    onSaved();
  }

  if (!s) return <section className="card"><p className="muted">{error?.message ?? t('common.loading')}</p></section>;
  return (
    <form className="card backup-settings" onSubmit={save} noValidate data-testid="backup-settings">
      <h3>{t('backup.settingsTitle')}</h3>
      <Field id="bk-dir" label={t('backup.dir')} error={error?.fields.dir} hint={t('backup.dirHint')}>
        <input id="bk-dir" value={dir} onChange={(e) => { setSaved(false); setDir(e.target.value); }} spellCheck={false} data-testid="bk-dir" />
      </Field>
      {s.isDefaultDir ? <p className="muted backup-default">{t('backup.defaultDir')}</p> : null}
      <Field id="bk-keep" label={t('backup.keep')} error={error?.fields.keep} hint={t('backup.keepHint')}>
        <input id="bk-keep" className="backup-keep" type="number" min={1} max={365} inputMode="numeric" value={keep} onChange={(e) => { setSaved(false); setKeep(e.target.value); }} data-testid="bk-keep" />
      </Field>
      {error && !Object.keys(error.fields).length ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      {saved ? <p className="banner banner-ok" role="status">{t('backup.saved')}</p> : null}
      <button type="submit" className="primary big" disabled={busy} data-testid="bk-save">{t('common.save')}</button>
    </form>
  );
}
