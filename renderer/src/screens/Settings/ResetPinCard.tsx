import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError, type ShownError } from '../../components/useApiError';
import { emptyPins, PinPair, pinPairErrors } from './PinPair';
import { staffError } from './staffErrors';

/** A new PIN for someone who forgot hers, typed twice; her open sessions end in the core. */
export function ResetPinCard({ person, onDone, onCancel }: { person: StaffMember; onDone: (m: StaffMember) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [pins, setPins] = useState(emptyPins);
  const [localErr, setLocalErr] = useState<{ pin?: string; again?: string } | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const bad = pinPairErrors(pins, t);
    setLocalErr(bad);
    if (bad) return;
    setBusy(true);
    const r = await call('users.resetPin', { id: person.id, pin: pins.pin });
    setBusy(false);
    setPins(emptyPins);
    if (!r.ok) return setError(staffError(r.error, showError, t));
    onDone(r.value);
  }

  return (
    <form className="card staff-reset" onSubmit={submit} noValidate data-testid="staff-reset">
      <h3>{t('staff.resetTitle', { name: person.name })}</h3>
      <p className="hint">{t('staff.resetHint')}</p>
      <PinPair idPrefix="sr" value={pins} onChange={(v) => { setLocalErr(null); setPins(v); }} pinLabel={t('staff.newPin')}
        pinError={localErr?.pin ?? error?.fields.pin} againError={localErr?.again} />
      {error && !error.fields.pin ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      <div className="row">
        <button type="submit" className="primary big" disabled={busy} data-testid="sr-submit">{t('staff.setPin')}</button>
        <button type="button" className="big" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
