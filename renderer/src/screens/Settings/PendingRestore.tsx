import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { baseName, formatInstant } from './shopTime';

/**
 * A restore asked for earlier waits for the next start: say so every time the tab is opened
 * (not only right after asking), and let the owner call it off.
 */
export function PendingRestore({ pending, role, tz, onCancelled }: { pending: { file: string; requestedAt: string }; role: Role; tz: string; onCancelled: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function cancel() {
    setBusy(true);
    const r = await call('backup.cancelRestore', {});
    setBusy(false);
    if (r.ok) onCancelled();
    else setError(showError(r.error).message);
  }

  return (
    <div className="banner banner-info backup-restart" role="alert" data-testid="backup-restart">
      <p>{t('backup.pendingRestore', { file: baseName(pending.file), when: formatInstant(pending.requestedAt, tz, i18n.language) })}</p>
      <p>{t('backup.restartNeeded')}</p>
      {role === 'owner' ? (
        <button type="button" className="big" disabled={busy} onClick={() => void cancel()} data-testid="restore-cancel">{t('backup.cancelRestore')}</button>
      ) : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </div>
  );
}
