import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, StaffMember } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { AddStaffForm } from './AddStaffForm';
import { ManagerOnlyNote } from './ManagerOnlyNote';
import { ResetPinCard } from './ResetPinCard';
import { formatInstant, useShopTimeZone } from './shopTime';
import { staffError } from './staffErrors';

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** Settings → Staff: who may unlock the counter, their roles, new PINs, retiring and bringing back. */
export function StaffTab({ role, myId }: { role: Role; myId: number }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const tz = useShopTimeZone();
  const [people, setPeople] = useState<StaffMember[] | null>(null);
  const [resetFor, setResetFor] = useState<StaffMember | null>(null);
  const [confirmRetire, setConfirmRetire] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function load() {
    const r = await call('users.list', { includeInactive: true });
    if (r.ok) setPeople(r.value);
    else setNotice({ kind: 'error', text: showError(r.error).message });
  }
  useEffect(() => {
    if (role !== 'cashier') void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [role]);

  if (role === 'cashier') return <ManagerOnlyNote />;

  async function setActive(p: StaffMember, active: boolean) {
    setConfirmRetire(null);
    const r = await call('users.setActive', { id: p.id, active });
    if (!r.ok) return setNotice({ kind: 'error', text: staffError(r.error, showError, t).message });
    setNotice({ kind: 'ok', text: t(active ? 'staff.reactivated' : 'staff.retiredDone', { name: p.name }) });
    void load();
  }

  const now = new Date().toISOString();
  return (
    <div className="staff-tab">
      <section className="card">
        <h3>{t('staff.title')}</h3>
        {notice ? <p className={`banner ${notice.kind === 'ok' ? 'banner-ok' : 'banner-error'}`} role={notice.kind === 'ok' ? 'status' : 'alert'} data-testid="staff-notice">{notice.text}</p> : null}
        {people === null ? <p className="muted">{t('common.loading')}</p> : null}
        {people?.length === 0 ? <p className="muted">{t('staff.none')}</p> : null}
        {people?.length ? (
          <table className="grid staff-list" data-testid="staff-list">
            <thead>
              <tr><th>{t('staff.name')}</th><th>{t('staff.role')}</th><th>{t('staff.status')}</th><th>{t('staff.lockedUntil')}</th><th>{t('staff.actions')}</th></tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} className={p.active ? '' : 'staff-retired'} data-testid={`staff-row-${p.id}`}>
                  <td className="staff-name">{p.name} {p.id === myId ? <span className="muted">{t('staff.you')}</span> : null}</td>
                  <td>{t(`roles.${p.role}`)}</td>
                  <td><span className={p.active ? 'staff-status staff-on' : 'staff-status staff-off'}>{p.active ? t('staff.active') : t('staff.retired')}</span></td>
                  <td>{p.lockedUntil && p.lockedUntil > now ? formatInstant(p.lockedUntil, tz, i18n.language) : '—'}</td>
                  <td>
                    <div className="staff-actions">
                    {p.active ? (
                      <>
                        <button type="button" onClick={() => { setNotice(null); setResetFor(p); }} data-testid={`staff-pin-${p.id}`}>{t('staff.newPin')}</button>
                        {confirmRetire === p.id ? (
                          <>
                            <button type="button" className="danger-fill" onClick={() => void setActive(p, false)} data-testid={`staff-retire-yes-${p.id}`}>{t('staff.retireSure', { name: p.name })}</button>
                            <button type="button" onClick={() => setConfirmRetire(null)}>{t('common.cancel')}</button>
                          </>
                        ) : (
                          <button type="button" className="danger" onClick={() => { setNotice(null); setConfirmRetire(p.id); }} data-testid={`staff-retire-${p.id}`}>{t('staff.retire')}</button>
                        )}
                      </>
                    ) : (
                      <button type="button" onClick={() => void setActive(p, true)} data-testid={`staff-back-${p.id}`}>{t('staff.reactivate')}</button>
                    )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {resetFor ? (
        <ResetPinCard key={resetFor.id} person={resetFor} onCancel={() => setResetFor(null)}
          onDone={(m) => { setResetFor(null); setNotice({ kind: 'ok', text: t('staff.pinReset', { name: m.name }) }); void load(); }} />
      ) : null}
      <AddStaffForm viewerRole={role} onAdded={(m) => { setNotice({ kind: 'ok', text: t('staff.added', { name: m.name }) }); void load(); }} />
    </div>
  );
}
