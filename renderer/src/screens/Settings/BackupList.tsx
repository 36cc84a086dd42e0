import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Role } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { backupReason, isInvalidBackup } from './backupReason';
import { RestoreConfirm } from './RestoreConfirm';
import { baseName, formatBytes, formatInstant } from './shopTime';

type Check = { busy: true } | { ok: true; unverified?: true } | { ok: false; text: string };

/** The backups in the folder, newest first: check any of them; the owner may restore one. */
export function BackupList({ list, role, tz, onRestoreAsked }: { list: BackupInfo[] | null; role: Role; tz: string; onRestoreAsked: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [restoreBusy, setRestoreBusy] = useState(false);
  const [restoreError, setRestoreError] = useState('');
  // null until the core answers BACKUP_UNVERIFIED; then the owner's tick is sent as acceptUnverified
  const [accepted, setAccepted] = useState<boolean | null>(null);
  const when = (b: BackupInfo) => formatInstant(b.at, tz, i18n.language);

  async function check(file: string) {
    setChecks((c) => ({ ...c, [file]: { busy: true } }));
    const r = await call('backup.verify', { file });
    const out: Check = !r.ok ? { ok: false, text: showError(r.error).message } : r.value.ok ? { ok: true, ...(r.value.unverified ? { unverified: true as const } : {}) } : { ok: false, text: t('backup.bad', { reason: backupReason(r.value.reason, t) }) };
    setChecks((c) => ({ ...c, [file]: out }));
  }

  async function restore(b: BackupInfo) {
    setRestoreBusy(true);
    const r = await call('backup.restore', { file: b.file, acceptUnverified: accepted === true });
    setRestoreBusy(false);
    if (!r.ok) {
      if (r.error.code === 'BACKUP_UNVERIFIED') setAccepted(false);
      return setRestoreError(isInvalidBackup(r.error) ? t('backup.bad', { reason: backupReason(r.error.details.reason as string | undefined, t) }) : showError(r.error).message);
    }
    setRestoring(null);
    onRestoreAsked();
  }

  return (
    <section className="card backup-list" data-testid="backup-list">
      <h3>{t('backup.listTitle')}</h3>
      {role !== 'owner' ? <p className="hint">{t('backup.ownerRestores')}</p> : null}
      {list === null ? <p className="muted">{t('common.loading')}</p> : null}
      {list?.length === 0 ? <p className="muted">{t('backup.none')}</p> : null}
      {list?.length ? (
        <table className="grid">
          <thead>
            <tr><th className="backup-when">{t('backup.at')}</th><th>{t('backup.file')}</th><th className="num backup-size">{t('backup.size')}</th><th className="backup-actions" /></tr>
          </thead>
          <tbody>
            {list.map((b) => {
              const c = checks[b.file];
              return (
                <tr key={b.file} data-testid="backup-row">
                  <td className="backup-when">{when(b)}</td>
                  <td className="backup-file" title={b.file}>
                    {baseName(b.file)}
                    <small className="backup-sha" title={b.sha256}>{t('backup.sha')}: <code>SHA-256 {b.sha256.slice(0, 12)}…</code></small>
                  </td>
                  <td className="num">{formatBytes(b.bytes, i18n.language)}</td>
                  <td className="backup-actions">
                    <div className="row">
                      <button type="button" disabled={c && 'busy' in c} onClick={() => void check(b.file)} data-testid="backup-check">{t('backup.check')}</button>
                      {role === 'owner' ? <button type="button" className="danger" onClick={() => { setRestoreError(''); setAccepted(null); setRestoring(b); }} data-testid="backup-restore">{t('backup.restore')}</button> : null}
                    </div>
                    {c && 'ok' in c ? (
                      <p className={c.ok ? (c.unverified ? 'backup-check backup-unverified' : 'backup-check backup-ok') : 'backup-check backup-bad'} role="status" data-testid="backup-check-result">
                        {c.ok ? (c.unverified ? `⚠ ${t('backup.okUnverified')}` : `✓ ${t('backup.ok')}`) : `✗ ${c.text}`}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {restoring ? (
        <RestoreConfirm when={when(restoring)} file={restoring.file} busy={restoreBusy} error={restoreError}
          unverified={accepted === null ? null : { accepted, onAccept: setAccepted }}
          onYes={() => void restore(restoring)} onNo={() => setRestoring(null)} />
      ) : null}
    </section>
  );
}
