import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { baseName, formatBytes, formatInstant } from './shopTime';

/** "Back up now": a checked copy with its size and checksum. */
export function BackupNowCard({ tz, onMade }: { tz: string; onMade: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<BackupInfo | null>(null);
  const [error, setError] = useState('');

  async function backUp() {
    setBusy(true);
    setError('');
    setMade(null);
    const r = await call('backup.now', {});
    setBusy(false);
    if (!r.ok) {
      const shown = showError(r.error);
      return setError(shown.fields.dir ?? shown.message);
    }
    setMade(r.value);
    onMade();
  }

  return (
    <section className="card backup-now" data-testid="backup-now">
      <h3>{t('backup.nowTitle')}</h3>
      <p className="hint">{t('backup.auto')}</p>
      <button type="button" className="primary big" disabled={busy} onClick={() => void backUp()} data-testid="backup-now-btn">{busy ? t('backup.working') : t('backup.now')}</button>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {made ? (
        <div className="banner banner-ok backup-made" role="status" data-testid="backup-made">
          <p>{t('backup.done')}</p>
          <dl className="backup-facts">
            <dt>{t('backup.file')}</dt><dd className="backup-file" title={made.file}>{baseName(made.file)}</dd>
            <dt>{t('backup.at')}</dt><dd>{formatInstant(made.at, tz, i18n.language)}</dd>
            <dt>{t('backup.size')}</dt><dd>{formatBytes(made.bytes, i18n.language)}</dd>
            <dt>{t('backup.sha')}</dt><dd><code title={made.sha256}>SHA-256 {made.sha256.slice(0, 12)}…</code></dd>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
