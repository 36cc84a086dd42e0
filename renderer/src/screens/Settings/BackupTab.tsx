import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, Role } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { BackupList } from './BackupList';
import { BackupNowCard } from './BackupNowCard';
import { BackupSettingsForm } from './BackupSettingsForm';
import { ManagerOnlyNote } from './ManagerOnlyNote';
import { PendingRestore } from './PendingRestore';
import { useShopTimeZone } from './shopTime';

/** Settings → Backups: where they go, one now, the list with a check each, and (owner) a restore. */
export function BackupTab({ role }: { role: Role }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const tz = useShopTimeZone();
  const [list, setList] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState('');
  const [pending, setPending] = useState<{ file: string; requestedAt: string } | null>(null);
  const manager = role !== 'cashier';

  async function loadPending() {
    const r = await call('backup.getPendingRestore', {});
    if (r.ok) setPending(r.value);
  }
  async function load() {
    void loadPending();
    const r = await call('backup.list', {});
    if (r.ok) {
      setList(r.value);
      setListError('');
    } else setListError(showError(r.error).message);
  }
  useEffect(() => {
    if (manager) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [manager]);

  if (!manager) return <ManagerOnlyNote />;
  return (
    <div className="backup-tab">
      {pending ? <PendingRestore pending={pending} role={role} tz={tz} onCancelled={() => setPending(null)} /> : null}
      <div className="backup-top">
        <BackupSettingsForm onSaved={() => void load()} />
        <BackupNowCard tz={tz} onMade={() => void load()} />
      </div>
      {listError ? <p className="banner banner-error" role="alert">{listError}</p> : null}
      <BackupList list={list} role={role} tz={tz} onRestoreAsked={() => void loadPending()} />
    </div>
  );
}
