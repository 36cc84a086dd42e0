import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, StaffMember } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError, type ShownError } from '../../components/useApiError';
import { emptyPins, PinPair, pinPairErrors } from './PinPair';
import { staffError } from './staffErrors';

/** Add a person: a manager may add cashiers only, the owner anyone (the core checks it too). */
export function AddStaffForm({ viewerRole, onAdded }: { viewerRole: Role; onAdded: (m: StaffMember) => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const roles: Role[] = viewerRole === 'owner' ? ['cashier', 'manager', 'owner'] : ['cashier'];
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('cashier');
  const [pins, setPins] = useState(emptyPins);
  const [error, setError] = useState<ShownError | null>(null);
  const [localErr, setLocalErr] = useState<{ pin?: string; again?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const bad = pinPairErrors(pins, t);
    setLocalErr(bad);
    if (bad) return;
    setBusy(true);
    const r = await call('users.create', { name, role, pin: pins.pin });
    setBusy(false);
    setPins(emptyPins);
    if (!r.ok) return setError(staffError(r.error, showError, t));
    setError(null);
    setName('');
    setRole('cashier');
    onAdded(r.value);
  }

  return (
    <form className="card staff-add" onSubmit={submit} noValidate data-testid="staff-add">
      <h3>{t('staff.addTitle')}</h3>
      <p className="hint">{viewerRole === 'owner' ? t('staff.addHintOwner') : t('staff.addHintManager')}</p>
      <div className="row">
        <Field id="sa-name" label={t('staff.name')} error={error?.fields.name}>
          <input id="sa-name" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" data-testid="sa-name" />
        </Field>
        <Field id="sa-role" label={t('staff.role')} error={error?.fields.role}>
          <select id="sa-role" value={role} onChange={(e) => setRole(e.target.value as Role)} data-testid="sa-role">
            {roles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
          </select>
        </Field>
      </div>
      <PinPair idPrefix="sa" value={pins} onChange={(v) => { setLocalErr(null); setPins(v); }} pinLabel={t('staff.pin')}
        pinError={localErr?.pin ?? error?.fields.pin} againError={localErr?.again} />
      {error && !Object.keys(error.fields).length ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      <button type="submit" className="primary big" disabled={busy} data-testid="sa-submit">{t('staff.add')}</button>
    </form>
  );
}
